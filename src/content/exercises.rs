//! Exercise files (`prompts/exercises/*.toml`): one exercise each, with its steps.

use serde::Deserialize;

use super::{ContentError, toml_error};
use crate::domain::practice::{Exercise, Intensity, PURPOSES, Step, StepKind};
use crate::domain::reflection::Dimension;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    id: String,
    title: String,
    purpose: String,
    dimension: Dimension,
    minutes: u32,
    summary: String,
    #[serde(default)]
    involves_partner: bool,
    #[serde(default)]
    plans_action: bool,
    steps: Vec<RawStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: String,
    kind: String,
    guidance: String,
    low: Option<String>,
    high: Option<String>,
    intensity: Option<String>,
    options: Option<Vec<String>>,
    seconds: Option<u32>,
    write: Option<bool>,
}

/// Parses and validates one exercise file.
pub(super) fn parse(file: &str, text: &str) -> Result<Exercise, ContentError> {
    let raw: RawExercise = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let fail = |message: String| ContentError {
        file: file.to_string(),
        message,
    };
    for (field, value) in [
        ("id", &raw.id),
        ("title", &raw.title),
        ("summary", &raw.summary),
    ] {
        if value.trim().is_empty() {
            return Err(fail(format!("field '{field}' is empty")));
        }
    }
    if !PURPOSES.iter().any(|(id, _)| *id == raw.purpose) {
        let known: Vec<&str> = PURPOSES.iter().map(|(id, _)| *id).collect();
        return Err(fail(format!(
            "field 'purpose': unknown purpose '{}' (known: {})",
            raw.purpose,
            known.join(", ")
        )));
    }
    if raw.steps.is_empty() {
        return Err(fail("field 'steps' needs at least one step".into()));
    }
    let mut steps: Vec<Step> = Vec::new();
    for s in raw.steps {
        let step_fail = |field: &str, problem: &str| {
            fail(format!("step '{}': field '{field}' {problem}", s.id))
        };
        if s.id.trim().is_empty() {
            return Err(fail("a step has an empty field 'id'".into()));
        }
        if steps.iter().any(|t| t.id == s.id) {
            return Err(step_fail("id", "is used twice"));
        }
        if s.guidance.trim().is_empty() {
            return Err(step_fail("guidance", "is empty"));
        }
        // Which optional fields each kind takes.
        let allowed: &[&str] = match s.kind.as_str() {
            "text" => &[],
            "rating" => &["low", "high", "intensity"],
            "choice" => &["options"],
            "timer" => &["seconds", "write"],
            other => {
                return Err(step_fail(
                    "kind",
                    &format!("is '{other}'; it must be text, rating, choice or timer"),
                ));
            }
        };
        let present = [
            ("low", s.low.is_some()),
            ("high", s.high.is_some()),
            ("intensity", s.intensity.is_some()),
            ("options", s.options.is_some()),
            ("seconds", s.seconds.is_some()),
            ("write", s.write.is_some()),
        ];
        if let Some((field, _)) = present.iter().find(|(f, p)| *p && !allowed.contains(f)) {
            return Err(step_fail(
                field,
                &format!("does not belong to a {} step", s.kind),
            ));
        }
        let kind = match s.kind.as_str() {
            "text" => StepKind::Text,
            "rating" => {
                let low = s.low.clone().unwrap_or_default();
                let high = s.high.clone().unwrap_or_default();
                if low.trim().is_empty() || high.trim().is_empty() {
                    return Err(step_fail(
                        "low",
                        "and 'high' are needed: words for 0 and 10",
                    ));
                }
                let intensity = match s.intensity.as_deref() {
                    None => None,
                    Some("before") => Some(Intensity::Before),
                    Some("after") => Some(Intensity::After),
                    Some(other) => {
                        return Err(step_fail(
                            "intensity",
                            &format!("is '{other}'; it must be before or after"),
                        ));
                    }
                };
                let taken = steps.iter().any(|t| {
                    matches!(&t.kind, StepKind::Rating { intensity: Some(i), .. } if Some(*i) == intensity)
                });
                if intensity.is_some() && taken {
                    return Err(step_fail(
                        "intensity",
                        "is already measured by another step",
                    ));
                }
                StepKind::Rating {
                    low,
                    high,
                    intensity,
                }
            }
            "choice" => {
                let options = s.options.clone().unwrap_or_default();
                if options.len() < 2 || options.len() > 9 {
                    return Err(step_fail("options", "needs 2 to 9 options"));
                }
                if options.iter().any(|o| o.trim().is_empty()) {
                    return Err(step_fail("options", "has an empty option"));
                }
                StepKind::Choice { options }
            }
            _ => {
                let seconds = s.seconds.ok_or_else(|| step_fail("seconds", "is needed"))?;
                if !(10..=3600).contains(&seconds) {
                    return Err(step_fail("seconds", "must be between 10 and 3600"));
                }
                StepKind::Timer {
                    seconds,
                    write: s.write.unwrap_or(false),
                }
            }
        };
        steps.push(Step {
            id: s.id,
            guidance: s.guidance.trim().to_string(),
            kind,
        });
    }
    Ok(Exercise {
        id: raw.id,
        title: raw.title,
        purpose: raw.purpose,
        dimension: raw.dimension,
        minutes: raw.minutes,
        summary: raw.summary.trim().to_string(),
        involves_partner: raw.involves_partner,
        plans_action: raw.plans_action,
        steps,
    })
}
