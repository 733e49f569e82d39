//! The prompt of the day: a deterministic choice from the date, what was answered or
//! skipped recently, the themes of the last days, and the latest assessment.
//!
//! 1. Leave out prompts answered or skipped in the last [`NO_REPEAT_DAYS`] days, and any
//!    already shown today, while others remain.
//! 2. Prefer themes not seen in the last [`THEME_ROTATION_DAYS`] days.
//! 3. On two days in three, prefer prompts that serve the higher dimension of the latest
//!    assessment (or both dimensions).
//! 4. Pick among what is left by a stable hash of the date, so the same inputs give the
//!    same prompt on every machine and every run.

use chrono::NaiveDate;

use super::reflection::{Dimension, Prompt};

pub const NO_REPEAT_DAYS: i64 = 60;
pub const THEME_ROTATION_DAYS: i64 = 3;

/// Which dimension was higher in the latest assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    Anxiety,
    Avoidance,
}

impl Lean {
    /// The lean of a result; none when the two scores are equal.
    pub fn from_scores(anxiety: f64, avoidance: f64) -> Option<Lean> {
        if anxiety > avoidance {
            Some(Lean::Anxiety)
        } else if avoidance > anxiety {
            Some(Lean::Avoidance)
        } else {
            None
        }
    }

    fn served_by(self, dimension: Dimension) -> bool {
        matches!(
            (self, dimension),
            (_, Dimension::Both)
                | (Lean::Anxiety, Dimension::Anxiety)
                | (Lean::Avoidance, Dimension::Avoidance)
        )
    }
}

/// What the journal says about prompts already used.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PromptHistory {
    /// Prompts answered or skipped, with the day.
    pub used: Vec<(String, NaiveDate)>,
    /// Prompts shown, with the day (for theme rotation).
    pub shown: Vec<(String, NaiveDate)>,
}

/// Today's prompt. `exclude` lists prompts already shown today (asking for another).
pub fn choose<'a>(
    prompts: &'a [Prompt],
    today: NaiveDate,
    history: &PromptHistory,
    lean: Option<Lean>,
    exclude: &[String],
) -> Option<&'a Prompt> {
    let days_ago = |day: NaiveDate| (today - day).num_days();
    let recently_used = |p: &Prompt| {
        history
            .used
            .iter()
            .any(|(id, day)| *id == p.id && (0..NO_REPEAT_DAYS).contains(&days_ago(*day)))
    };
    let recent_themes: Vec<&str> = history
        .shown
        .iter()
        .filter(|(_, day)| (1..=THEME_ROTATION_DAYS).contains(&days_ago(*day)))
        .filter_map(|(id, _)| prompts.iter().find(|p| p.id == *id))
        .map(|p| p.theme.as_str())
        .collect();

    let mut pool: Vec<&Prompt> = prompts
        .iter()
        .filter(|p| !exclude.contains(&p.id))
        .collect();
    pool.sort_by(|a, b| a.id.cmp(&b.id));
    let pool = prefer(pool, |p| !recently_used(p));
    let pool = prefer(pool, |p| !recent_themes.contains(&p.theme.as_str()));
    let seed = stable_hash(&format!("{today}/{}", exclude.len()));
    let pool = match lean {
        Some(lean) if !seed.is_multiple_of(3) => prefer(pool, |p| lean.served_by(p.dimension)),
        _ => pool,
    };
    if pool.is_empty() {
        return None;
    }
    let pick = (seed / 3) as usize % pool.len();
    Some(pool[pick])
}

/// The items that pass `keep`, unless none do; then all of them.
fn prefer(items: Vec<&Prompt>, keep: impl Fn(&Prompt) -> bool) -> Vec<&Prompt> {
    let kept: Vec<&Prompt> = items.iter().copied().filter(|p| keep(p)).collect();
    if kept.is_empty() { items } else { kept }
}

/// FNV-1a: small, and the same on every platform and Rust version.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::reflection::Depth;

    fn prompt(id: &str, theme: &str, dimension: Dimension) -> Prompt {
        Prompt {
            id: id.into(),
            theme: theme.into(),
            dimension,
            depth: Depth::Light,
            text: id.into(),
            follow_ups: vec![],
            note: None,
        }
    }

    fn library() -> Vec<Prompt> {
        let mut prompts = Vec::new();
        for (theme, dimension) in [
            ("anxiety", Dimension::Anxiety),
            ("avoidance", Dimension::Avoidance),
            ("repair", Dimension::Both),
            ("boundaries", Dimension::Avoidance),
            ("safe-haven", Dimension::Anxiety),
        ] {
            for n in 0..8 {
                prompts.push(prompt(&format!("{theme}-{n}"), theme, dimension));
            }
        }
        prompts
    }

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Duration::days(n)
    }

    #[test]
    fn the_same_inputs_give_the_same_prompt() {
        let prompts = library();
        let history = PromptHistory::default();
        let a = choose(&prompts, day(10), &history, None, &[]).unwrap();
        let b = choose(&prompts, day(10), &history, None, &[]).unwrap();
        assert_eq!(a.id, b.id);
        // And different days do not all give the same one.
        let distinct: std::collections::HashSet<&str> = (0..30)
            .map(|d| {
                choose(&prompts, day(d), &history, None, &[])
                    .unwrap()
                    .id
                    .as_str()
            })
            .collect();
        assert!(distinct.len() > 10, "{distinct:?}");
    }

    #[test]
    fn asking_for_another_gives_a_different_prompt() {
        let prompts = library();
        let first = choose(&prompts, day(3), &PromptHistory::default(), None, &[]).unwrap();
        let second = choose(
            &prompts,
            day(3),
            &PromptHistory::default(),
            None,
            std::slice::from_ref(&first.id),
        )
        .unwrap();
        assert_ne!(first.id, second.id);
    }

    /// Answering every day's prompt for 40 days (the library has 40) never repeats one;
    /// on day 41 all have been used, so a repeat is allowed again.
    #[test]
    fn no_repeats_while_unanswered_prompts_remain() {
        let prompts = library();
        let mut history = PromptHistory::default();
        let mut seen = std::collections::HashSet::new();
        for d in 0..40 {
            let p = choose(&prompts, day(d), &history, Some(Lean::Anxiety), &[]).unwrap();
            assert!(seen.insert(p.id.clone()), "day {d} repeated {}", p.id);
            history.used.push((p.id.clone(), day(d)));
            history.shown.push((p.id.clone(), day(d)));
        }
        assert!(choose(&prompts, day(40), &history, None, &[]).is_some());
    }

    #[test]
    fn answers_older_than_sixty_days_may_come_back() {
        let prompts = vec![
            prompt("a", "repair", Dimension::Both),
            prompt("b", "repair", Dimension::Both),
        ];
        let history = PromptHistory {
            used: vec![("a".into(), day(0)), ("b".into(), day(59))],
            shown: vec![],
        };
        // On day 60, "a" (60 days ago) is free again and "b" (1 day ago) is not.
        assert_eq!(
            choose(&prompts, day(60), &history, None, &[]).unwrap().id,
            "a"
        );
    }

    #[test]
    fn themes_rotate_away_from_the_last_days() {
        let prompts = library();
        for d in 5..60 {
            let history = PromptHistory {
                used: vec![],
                shown: vec![
                    ("anxiety-0".into(), day(d - 1)),
                    ("repair-0".into(), day(d - 2)),
                    ("safe-haven-0".into(), day(d - 3)),
                ],
            };
            let p = choose(&prompts, day(d), &history, None, &[]).unwrap();
            assert!(
                !["anxiety", "repair", "safe-haven"].contains(&p.theme.as_str()),
                "day {d}: {}",
                p.id
            );
        }
    }

    #[test]
    fn the_choice_leans_to_the_higher_dimension() {
        let prompts = library();
        let count = |lean: Lean, dimension: Dimension| {
            (0..90)
                .filter(|d| {
                    choose(
                        &prompts,
                        day(*d),
                        &PromptHistory::default(),
                        Some(lean),
                        &[],
                    )
                    .unwrap()
                    .dimension
                        == dimension
                })
                .count()
        };
        let anxious = count(Lean::Anxiety, Dimension::Anxiety);
        let avoidant = count(Lean::Anxiety, Dimension::Avoidance);
        assert!(
            anxious > 2 * avoidant,
            "anxiety {anxious} vs avoidance {avoidant}"
        );
        // Not only the lean: other dimensions still appear some days.
        assert!(avoidant > 0);
        let flipped = count(Lean::Avoidance, Dimension::Avoidance);
        assert!(flipped > 2 * count(Lean::Avoidance, Dimension::Anxiety));
    }

    #[test]
    fn lean_follows_the_higher_score() {
        assert_eq!(Lean::from_scores(4.2, 3.0), Some(Lean::Anxiety));
        assert_eq!(Lean::from_scores(2.0, 3.0), Some(Lean::Avoidance));
        assert_eq!(Lean::from_scores(3.0, 3.0), None);
    }
}
