//! Reflection prompt files (`prompts/reflections/*.toml`): one theme per file.

use serde::Deserialize;

use super::{ContentError, toml_error};
use crate::domain::reflection::{Depth, Dimension, Prompt, THEMES};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    theme: String,
    prompts: Vec<RawPrompt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompt {
    id: String,
    dimension: Dimension,
    depth: Depth,
    text: String,
    #[serde(default)]
    follow_ups: Vec<String>,
    note: Option<String>,
}

impl<'de> Deserialize<'de> for Dimension {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match String::deserialize(d)?.as_str() {
            "anxiety" => Ok(Dimension::Anxiety),
            "avoidance" => Ok(Dimension::Avoidance),
            "both" => Ok(Dimension::Both),
            other => Err(serde::de::Error::custom(format!(
                "unknown dimension '{other}' (known: anxiety, avoidance, both)"
            ))),
        }
    }
}

impl<'de> Deserialize<'de> for Depth {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match String::deserialize(d)?.as_str() {
            "light" => Ok(Depth::Light),
            "deep" => Ok(Depth::Deep),
            other => Err(serde::de::Error::custom(format!(
                "unknown depth '{other}' (known: light, deep)"
            ))),
        }
    }
}

/// Parses and validates one prompt file.
pub(super) fn parse(file: &str, text: &str) -> Result<Vec<Prompt>, ContentError> {
    let raw: RawFile = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let fail = |message: String| ContentError {
        file: file.to_string(),
        message,
    };
    if !THEMES.contains(&raw.theme.as_str()) {
        return Err(fail(format!(
            "field 'theme': unknown theme '{}' (known: {})",
            raw.theme,
            THEMES.join(", ")
        )));
    }
    let mut prompts = Vec::with_capacity(raw.prompts.len());
    for p in raw.prompts {
        if p.id.trim().is_empty() {
            return Err(fail("a prompt has an empty field 'id'".into()));
        }
        if prompts.iter().any(|q: &Prompt| q.id == p.id) {
            return Err(fail(format!("prompt '{}': field 'id' is used twice", p.id)));
        }
        if p.text.trim().is_empty() {
            return Err(fail(format!("prompt '{}': field 'text' is empty", p.id)));
        }
        if p.follow_ups.iter().any(|f| f.trim().is_empty()) {
            return Err(fail(format!(
                "prompt '{}': field 'follow_ups' has an empty question",
                p.id
            )));
        }
        let note = p
            .note
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        if raw.theme == "narrative" && p.depth == Depth::Deep && note.is_none() {
            return Err(fail(format!(
                "prompt '{}': field 'note' is needed: deep narrative prompts say the user may pause or stop",
                p.id
            )));
        }
        prompts.push(Prompt {
            id: p.id,
            theme: raw.theme.clone(),
            dimension: p.dimension,
            depth: p.depth,
            text: p.text.trim().to_string(),
            follow_ups: p.follow_ups.iter().map(|f| f.trim().to_string()).collect(),
            note,
        });
    }
    Ok(prompts)
}
