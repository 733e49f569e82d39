//! Guided exercises: their steps, the answers a session collects, the change in intensity
//! where an exercise measures it, when a planned action is due a follow-up, and which
//! exercises to suggest.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::assessment::Region;
use super::checkin::{Checkin, daily_means};
use super::reflection::Dimension;

/// The groups of the library, in the order it shows them.
pub const PURPOSES: &[(&str, &str)] = &[
    ("calming", "Calming an activated system"),
    ("asking", "Asking for what you need"),
    ("repair", "Repair after conflict"),
    ("understanding", "Understanding your story"),
];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum StepKind {
    /// Free text.
    Text,
    /// A 0–10 rating; `intensity` marks the before/after measures of an exercise.
    Rating {
        low: String,
        high: String,
        intensity: Option<Intensity>,
    },
    /// One of a few options.
    Choice { options: Vec<String> },
    /// A countdown, with a place to write while it runs when `write` is set.
    Timer { seconds: u32, write: bool },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intensity {
    Before,
    After,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: String,
    pub guidance: String,
    #[serde(flatten)]
    pub kind: StepKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub purpose: String,
    pub dimension: Dimension,
    pub minutes: u32,
    /// One or two sentences on what it is for.
    pub summary: String,
    /// Involves a partner: ask about safety first.
    pub involves_partner: bool,
    /// Plans an action: ask later whether it was tried.
    pub plans_action: bool,
    pub steps: Vec<Step>,
}

/// One step's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    Text(String),
    Number(u8),
}

/// How a planned action went, asked a day or more later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub tried: bool,
    /// 1–5, when tried.
    pub rating: Option<u8>,
    pub learned: String,
    pub answered_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeSession {
    pub id: i64,
    pub exercise_id: String,
    pub started_at: NaiveDateTime,
    pub completed_at: Option<NaiveDateTime>,
    /// The step shown when the user last left.
    pub position: usize,
    pub answers: BTreeMap<String, Answer>,
    pub follow_up: Option<FollowUp>,
    pub follow_up_dismissed: bool,
}

/// The intensity before and after, when an exercise measures both and both were given.
pub fn intensity_change(
    exercise: &Exercise,
    answers: &BTreeMap<String, Answer>,
) -> Option<(u8, u8)> {
    let find = |which: Intensity| {
        exercise
            .steps
            .iter()
            .find_map(|s| match (&s.kind, answers.get(&s.id)) {
                (
                    StepKind::Rating {
                        intensity: Some(i), ..
                    },
                    Some(Answer::Number(n)),
                ) if *i == which => Some(*n),
                _ => None,
            })
    };
    Some((find(Intensity::Before)?, find(Intensity::After)?))
}

/// Whether a completed session of a planning exercise should be followed up today: from
/// the day after it was completed, until answered or dismissed.
pub fn follow_up_due(session: &PracticeSession, exercise: &Exercise, today: NaiveDate) -> bool {
    exercise.plans_action
        && session.follow_up.is_none()
        && !session.follow_up_dismissed
        && session.completed_at.is_some_and(|done| done.date() < today)
}

/// What the suggestion rule looks at.
#[derive(Debug, Clone, Default)]
pub struct SuggestionInputs<'a> {
    /// Region of the latest assessment, if any.
    pub region: Option<Region>,
    /// Check-ins of the last week.
    pub recent_checkins: &'a [Checkin],
    /// Sessions of the last week (exercise id and completion day).
    pub recent_practice: &'a [(String, NaiveDate)],
    pub today: NaiveDate,
}

/// A suggestion and the reason shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeSuggestion<'a> {
    pub exercise: &'a Exercise,
    pub why: &'static str,
}

/// Up to three exercises that fit now. Points for matching the higher assessed dimension
/// (more for an exact match than for an exercise serving both) and its kind of practice,
/// for calming when recent check-ins show strong worry, for reaching out when they show
/// pulling away; exercises done in the last two days are left out, and ties go to the
/// shorter exercise, then by id.
pub fn suggest<'a>(
    exercises: &'a [Exercise],
    inputs: &SuggestionInputs<'_>,
) -> Vec<PracticeSuggestion<'a>> {
    let mean = |item: &str| {
        let means = daily_means(inputs.recent_checkins, item);
        (!means.is_empty()).then(|| means.values().sum::<f64>() / means.len() as f64)
    };
    let worried = mean("anxiety").is_some_and(|m| m >= 6.0);
    let pulled_away = mean("withdraw").is_some_and(|m| m >= 6.0)
        || inputs
            .recent_checkins
            .iter()
            .filter(|c| c.values.behaviours.iter().any(|b| b == "pulled-away"))
            .count()
            >= 2;
    // The dimension and the kind of practice that fit the latest assessment.
    let (lean, fitting_purpose) = match inputs.region {
        Some(Region::Preoccupied) => (Some(Dimension::Anxiety), Some("calming")),
        Some(Region::Dismissing) => (Some(Dimension::Avoidance), Some("asking")),
        Some(Region::Fearful) => (Some(Dimension::Both), Some("calming")),
        Some(Region::Secure) | None => (None, None),
    };
    let done_within = |id: &str, days: i64| {
        inputs
            .recent_practice
            .iter()
            .any(|(e, day)| e == id && (inputs.today - *day).num_days() < days)
    };
    let mut scored: Vec<(i32, &Exercise, &'static str)> = exercises
        .iter()
        .filter(|e| !done_within(&e.id, 2))
        .map(|e| {
            let mut score = 0;
            let mut why = "a good everyday practice";
            if let Some(lean) = lean {
                // An exact match counts for more than an exercise for both dimensions.
                let fit = if e.dimension == lean {
                    3
                } else if e.dimension == Dimension::Both {
                    1
                } else {
                    0
                };
                let fit = fit + i32::from(fitting_purpose == Some(e.purpose.as_str()));
                if fit > 0 {
                    score += fit;
                    why = "fits your latest assessment";
                }
            }
            if pulled_away && e.dimension != Dimension::Anxiety && e.purpose == "asking" {
                score += 3;
                why = "you have been pulling away lately";
            }
            if worried && e.purpose == "calming" {
                score += 3;
                why = "worry has been running high";
            }
            if !done_within(&e.id, 7) {
                score += 1;
            }
            (score, e, why)
        })
        .collect();
    // Ties go to the shorter exercise, then by id.
    scored.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.minutes.cmp(&b.1.minutes))
            .then_with(|| a.1.id.cmp(&b.1.id))
    });
    scored
        .into_iter()
        .take(3)
        .map(|(_, exercise, why)| PracticeSuggestion { exercise, why })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checkin::CheckinValues;

    fn exercise(id: &str, purpose: &str, dimension: Dimension) -> Exercise {
        Exercise {
            id: id.into(),
            title: id.into(),
            purpose: purpose.into(),
            dimension,
            minutes: 5,
            summary: String::new(),
            involves_partner: false,
            plans_action: false,
            steps: vec![],
        }
    }

    fn library() -> Vec<Exercise> {
        vec![
            exercise("breathe", "calming", Dimension::Anxiety),
            exercise("soothe", "calming", Dimension::Both),
            exercise("ask", "asking", Dimension::Avoidance),
            exercise("request", "asking", Dimension::Both),
            exercise("repair", "repair", Dimension::Both),
            exercise("story", "understanding", Dimension::Both),
        ]
    }

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, n).unwrap()
    }

    fn checkin(d: u32, anxiety: u8, withdraw: u8, pulled: bool) -> Checkin {
        let mut values = CheckinValues::default();
        values.values.insert("anxiety".into(), anxiety);
        values.values.insert("withdraw".into(), withdraw);
        if pulled {
            values.behaviours.push("pulled-away".into());
        }
        Checkin {
            id: i64::from(d),
            day: day(d),
            created_at: day(d).and_hms_opt(9, 0, 0).unwrap(),
            values,
        }
    }

    fn ids(s: &[PracticeSuggestion<'_>]) -> Vec<String> {
        s.iter().map(|s| s.exercise.id.clone()).collect()
    }

    #[test]
    fn strong_worry_brings_calming_first() {
        let lib = library();
        let checkins = [checkin(20, 8, 1, false), checkin(21, 7, 2, false)];
        let s = suggest(
            &lib,
            &SuggestionInputs {
                recent_checkins: &checkins,
                today: day(23),
                ..SuggestionInputs::default()
            },
        );
        assert_eq!(ids(&s)[..2], ["breathe", "soothe"]);
        assert_eq!(s[0].why, "worry has been running high");
    }

    #[test]
    fn pulling_away_brings_asking_first() {
        let lib = library();
        let checkins = [checkin(20, 2, 3, true), checkin(21, 1, 4, true)];
        let s = suggest(
            &lib,
            &SuggestionInputs {
                recent_checkins: &checkins,
                region: Some(Region::Dismissing),
                today: day(23),
                ..SuggestionInputs::default()
            },
        );
        assert_eq!(ids(&s)[..2], ["ask", "request"]);
    }

    #[test]
    fn the_assessment_brings_its_own_dimension_first() {
        let lib = library();
        let inputs = |region| SuggestionInputs {
            region: Some(region),
            today: day(23),
            ..SuggestionInputs::default()
        };
        assert_eq!(ids(&suggest(&lib, &inputs(Region::Dismissing)))[0], "ask");
        assert_eq!(
            ids(&suggest(&lib, &inputs(Region::Preoccupied)))[0],
            "breathe"
        );
        assert_eq!(
            suggest(&lib, &inputs(Region::Dismissing))[0].why,
            "fits your latest assessment"
        );
    }

    #[test]
    fn recent_practice_is_left_out_and_ties_go_by_id() {
        let lib = library();
        let recent = [("ask".to_string(), day(22))];
        let s = suggest(
            &lib,
            &SuggestionInputs {
                recent_practice: &recent,
                today: day(23),
                ..SuggestionInputs::default()
            },
        );
        assert_eq!(ids(&s), ["breathe", "repair", "request"]);
    }

    #[test]
    fn intensity_before_and_after() {
        let rating = |id: &str, i: Option<Intensity>| Step {
            id: id.into(),
            guidance: String::new(),
            kind: StepKind::Rating {
                low: String::new(),
                high: String::new(),
                intensity: i,
            },
        };
        let mut e = exercise("name", "calming", Dimension::Both);
        e.steps = vec![
            rating("before", Some(Intensity::Before)),
            rating("other", None),
            rating("after", Some(Intensity::After)),
        ];
        let mut answers = BTreeMap::new();
        answers.insert("before".to_string(), Answer::Number(8));
        answers.insert("other".to_string(), Answer::Number(2));
        assert_eq!(intensity_change(&e, &answers), None, "no after yet");
        answers.insert("after".to_string(), Answer::Number(4));
        assert_eq!(intensity_change(&e, &answers), Some((8, 4)));
    }

    #[test]
    fn a_follow_up_is_due_from_the_next_day_until_answered() {
        let mut e = exercise("plan", "repair", Dimension::Both);
        e.plans_action = true;
        let mut session = PracticeSession {
            id: 1,
            exercise_id: "plan".into(),
            started_at: day(20).and_hms_opt(9, 0, 0).unwrap(),
            completed_at: Some(day(20).and_hms_opt(9, 30, 0).unwrap()),
            position: 0,
            answers: BTreeMap::new(),
            follow_up: None,
            follow_up_dismissed: false,
        };
        assert!(!follow_up_due(&session, &e, day(20)), "not the same day");
        assert!(follow_up_due(&session, &e, day(21)));
        session.follow_up_dismissed = true;
        assert!(!follow_up_due(&session, &e, day(22)));
        session.follow_up_dismissed = false;
        session.completed_at = None;
        assert!(
            !follow_up_due(&session, &e, day(22)),
            "unfinished sessions wait"
        );
        e.plans_action = false;
        assert!(!follow_up_due(&session, &e, day(22)));
    }
}
