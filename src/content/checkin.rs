//! The check-in vocabulary file (`prompts/checkin.toml`) and its checks.

use serde::Deserialize;

use super::{ContentError, toml_error};
use crate::domain::checkin::{Behaviour, CheckinForm, CheckinItem, EmotionGroup};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForm {
    items: Vec<RawItem>,
    emotion_groups: Vec<RawGroup>,
    contexts: Vec<String>,
    behaviours: Vec<RawBehaviour>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    label: String,
    low: String,
    high: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    name: String,
    words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBehaviour {
    id: String,
    label: String,
}

/// Names that the check-in command line already uses for itself.
const RESERVED: &[&str] = &[
    "emotion", "context", "note", "list", "days", "json", "journal", "help", "edit",
];

/// A name usable as a command-line flag: lower case letters, digits and '-'.
fn is_flag_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
}

pub(super) fn parse(file: &str, text: &str) -> Result<CheckinForm, ContentError> {
    let raw: RawForm = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let fail = |message: String| ContentError {
        file: file.to_string(),
        message,
    };
    // Item and behaviour ids become flags, so each must be a distinct flag name.
    let mut names: Vec<String> = Vec::new();
    let mut claim = |what: &str, id: &str| -> Result<(), ContentError> {
        if !is_flag_name(id) {
            return Err(fail(format!(
                "{what} '{id}': field 'id' must be lower-case letters, digits and '-'"
            )));
        }
        if RESERVED.contains(&id) || names.iter().any(|n| n == id) {
            return Err(fail(format!("{what} '{id}': field 'id' is already taken")));
        }
        names.push(id.to_string());
        Ok(())
    };
    if raw.items.is_empty() {
        return Err(fail("field 'items' needs at least one item".into()));
    }
    for item in &raw.items {
        claim("item", &item.id)?;
        for (field, value) in [
            ("label", &item.label),
            ("low", &item.low),
            ("high", &item.high),
        ] {
            if value.trim().is_empty() {
                return Err(fail(format!(
                    "item '{}': field '{field}' is empty",
                    item.id
                )));
            }
        }
    }
    for b in &raw.behaviours {
        claim("behaviour", &b.id)?;
        if b.label.trim().is_empty() {
            return Err(fail(format!(
                "behaviour '{}': field 'label' is empty",
                b.id
            )));
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for group in &raw.emotion_groups {
        if group.words.is_empty() {
            return Err(fail(format!("emotion group '{}' has no words", group.name)));
        }
        for word in &group.words {
            if !is_flag_name(word) {
                return Err(fail(format!(
                    "emotion group '{}': word '{word}' must be lower-case letters, digits and '-'",
                    group.name
                )));
            }
            if words.contains(&word.as_str()) {
                return Err(fail(format!("emotion '{word}' appears twice")));
            }
            words.push(word);
        }
    }
    for context in &raw.contexts {
        if !is_flag_name(context) {
            return Err(fail(format!(
                "field 'contexts': '{context}' must be lower-case letters, digits and '-'"
            )));
        }
    }
    Ok(CheckinForm {
        items: raw
            .items
            .into_iter()
            .map(|i| CheckinItem {
                id: i.id,
                label: i.label,
                low: i.low,
                high: i.high,
            })
            .collect(),
        emotion_groups: raw
            .emotion_groups
            .into_iter()
            .map(|g| EmotionGroup {
                name: g.name,
                words: g.words,
            })
            .collect(),
        contexts: raw.contexts,
        behaviours: raw
            .behaviours
            .into_iter()
            .map(|b| Behaviour {
                id: b.id,
                label: b.label,
            })
            .collect(),
    })
}
