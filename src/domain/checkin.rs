//! Check-ins: state measures of how secure someone feels today. They fluctuate with
//! daily events, so they are summarised as daily means and short series, never scored
//! with the trait statistics of the assessment.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The scale of every check-in item.
pub const MIN: u8 = 0;
pub const MAX: u8 = 10;

/// A state item: rated 0–10, with words for both ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckinItem {
    pub id: String,
    pub label: String,
    pub low: String,
    pub high: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EmotionGroup {
    pub name: String,
    pub words: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Behaviour {
    pub id: String,
    pub label: String,
}

/// The vocabulary of the check-in form, from `prompts/checkin.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckinForm {
    pub items: Vec<CheckinItem>,
    pub emotion_groups: Vec<EmotionGroup>,
    pub contexts: Vec<String>,
    pub behaviours: Vec<Behaviour>,
}

impl CheckinForm {
    pub fn emotions(&self) -> impl Iterator<Item = &str> {
        self.emotion_groups
            .iter()
            .flat_map(|g| g.words.iter().map(String::as_str))
    }
}

/// What one check-in records. Items left out are missing, not zero.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CheckinValues {
    pub values: BTreeMap<String, u8>,
    pub emotions: Vec<String>,
    pub contexts: Vec<String>,
    pub behaviours: Vec<String>,
    pub note: String,
}

impl CheckinValues {
    /// Nothing rated, picked or written: not worth storing.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
            && self.emotions.is_empty()
            && self.contexts.is_empty()
            && self.behaviours.is_empty()
            && self.note.trim().is_empty()
    }
}

/// A stored check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checkin {
    pub id: i64,
    pub day: NaiveDate,
    pub created_at: NaiveDateTime,
    #[serde(flatten)]
    pub values: CheckinValues,
}

/// The mean of an item for each day that has at least one value for it.
pub fn daily_means(checkins: &[Checkin], item: &str) -> BTreeMap<NaiveDate, f64> {
    let mut sums: BTreeMap<NaiveDate, (f64, u32)> = BTreeMap::new();
    for c in checkins {
        if let Some(&v) = c.values.values.get(item) {
            let entry = sums.entry(c.day).or_default();
            entry.0 += f64::from(v);
            entry.1 += 1;
        }
    }
    sums.into_iter()
        .map(|(day, (sum, n))| (day, sum / f64::from(n)))
        .collect()
}

/// The daily means of an item for the `days` days ending today, oldest first; a day
/// without a value is `None` (no data is not zero).
pub fn series(checkins: &[Checkin], item: &str, today: NaiveDate, days: u32) -> Vec<Option<f64>> {
    let means = daily_means(checkins, item);
    (0..i64::from(days))
        .rev()
        .map(|back| means.get(&(today - Duration::days(back))).copied())
        .collect()
}

/// The most recent check-in.
pub fn latest(checkins: &[Checkin]) -> Option<&Checkin> {
    checkins.iter().max_by_key(|c| (c.created_at, c.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkin(id: i64, day: u32, hour: u32, security: Option<u8>) -> Checkin {
        let date = NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        let mut values = CheckinValues::default();
        if let Some(s) = security {
            values.values.insert("security".into(), s);
        }
        Checkin {
            id,
            day: date,
            created_at: date.and_hms_opt(hour, 0, 0).unwrap(),
            values,
        }
    }

    #[test]
    fn several_check_ins_a_day_become_one_mean() {
        let all = [
            checkin(1, 20, 8, Some(4)),
            checkin(2, 20, 20, Some(7)),
            checkin(3, 21, 9, Some(6)),
            checkin(4, 21, 10, None),
        ];
        let means = daily_means(&all, "security");
        assert_eq!(means.len(), 2);
        assert_eq!(means[&NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()], 5.5);
        assert_eq!(means[&NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()], 6.0);
        assert!(daily_means(&all, "anxiety").is_empty());
    }

    #[test]
    fn a_series_keeps_gaps_as_gaps() {
        let all = [checkin(1, 10, 8, Some(3)), checkin(2, 23, 8, Some(8))];
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let s = series(&all, "security", today, 14);
        assert_eq!(s.len(), 14);
        assert_eq!(s[0], Some(3.0), "the 10th is 13 days back");
        assert!(s[1..13].iter().all(Option::is_none));
        assert_eq!(s[13], Some(8.0));
    }

    #[test]
    fn the_latest_is_by_time() {
        let all = [
            checkin(1, 21, 20, None),
            checkin(2, 22, 7, None),
            checkin(3, 21, 9, None),
        ];
        assert_eq!(latest(&all).unwrap().id, 2);
        assert!(latest(&[]).is_none());
    }
}
