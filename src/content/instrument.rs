//! The assessment instrument file format (`prompts/assessment/*.toml`) and its checks.

use std::collections::HashSet;

use serde::Deserialize;

use super::{ContentError, toml_error};
use crate::domain::assessment::{
    ANXIETY, AVOIDANCE, Instrument, Item, RegionTexts, ReliableChangeParams, Scale, Subscale,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: String,
    name: String,
    version: u32,
    description: String,
    minutes: u32,
    scale: RawScale,
    reliable_change: RawReliableChange,
    subscales: Vec<RawSubscale>,
    regions: RegionsRaw,
    items: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: u8,
    max: u8,
    labels: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReliableChange {
    sd: f64,
    reliability: f64,
    /// Where the values come from (for example, that they are provisional).
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSubscale {
    id: String,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsRaw {
    secure: String,
    preoccupied: String,
    dismissing: String,
    fearful: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    text: String,
    subscale: String,
    #[serde(default)]
    reverse: bool,
}

/// Parses and validates one instrument file.
pub(super) fn parse(file: &str, text: &str) -> Result<Instrument, ContentError> {
    let raw: RawInstrument = toml::from_str(text).map_err(|e| toml_error(file, text, &e))?;
    let fail = |message: String| ContentError {
        file: file.to_string(),
        message,
    };
    let not_blank = |field: &str, value: &str| {
        if value.trim().is_empty() {
            Err(fail(format!("field '{field}' is empty")))
        } else {
            Ok(())
        }
    };
    not_blank("id", &raw.id)?;
    not_blank("name", &raw.name)?;
    not_blank("description", &raw.description)?;

    let scale = &raw.scale;
    if scale.min >= scale.max {
        return Err(fail(format!(
            "field 'scale.min' ({}) must be below 'scale.max' ({})",
            scale.min, scale.max
        )));
    }
    if scale.max > 9 {
        return Err(fail(format!(
            "field 'scale.max' is {}; it must be at most 9, so that every point has a digit key",
            scale.max
        )));
    }
    let points = usize::from(scale.max - scale.min) + 1;
    if scale.labels.len() != points {
        return Err(fail(format!(
            "field 'scale.labels' has {} labels; the scale {}–{} needs {points}, one per point",
            scale.labels.len(),
            scale.min,
            scale.max
        )));
    }
    if let Some(n) = scale.labels.iter().position(|l| l.trim().is_empty()) {
        return Err(fail(format!(
            "field 'scale.labels': label {} is empty",
            n + 1
        )));
    }
    let rc = &raw.reliable_change;
    if !(rc.sd.is_finite() && rc.sd > 0.0) {
        return Err(fail(format!(
            "field 'reliable_change.sd' must be above 0, not {}",
            rc.sd
        )));
    }
    if !(rc.reliability > 0.0 && rc.reliability < 1.0) {
        return Err(fail(format!(
            "field 'reliable_change.reliability' must be between 0 and 1, not {}",
            rc.reliability
        )));
    }

    let mut subscale_ids = HashSet::new();
    for s in &raw.subscales {
        not_blank("subscales.id", &s.id)?;
        if !subscale_ids.insert(s.id.as_str()) {
            return Err(fail(format!(
                "subscale '{}': field 'id' is used twice",
                s.id
            )));
        }
    }
    for needed in [ANXIETY, AVOIDANCE] {
        if !subscale_ids.contains(needed) {
            return Err(fail(format!(
                "field 'subscales' needs a subscale with id '{needed}' (the axes of the plane)"
            )));
        }
    }
    let known: Vec<&str> = raw.subscales.iter().map(|s| s.id.as_str()).collect();
    let mut item_ids = HashSet::new();
    for item in &raw.items {
        not_blank("items.id", &item.id)?;
        if !item_ids.insert(item.id.as_str()) {
            return Err(fail(format!(
                "item '{}': field 'id' is used twice",
                item.id
            )));
        }
        if item.text.trim().is_empty() {
            return Err(fail(format!("item '{}': field 'text' is empty", item.id)));
        }
        if !subscale_ids.contains(item.subscale.as_str()) {
            return Err(fail(format!(
                "item '{}': field 'subscale': unknown subscale '{}' (known: {})",
                item.id,
                item.subscale,
                known.join(", ")
            )));
        }
    }
    for s in &raw.subscales {
        if !raw.items.iter().any(|i| i.subscale == s.id) {
            return Err(fail(format!("subscale '{}' has no items", s.id)));
        }
    }
    let r = &raw.regions;
    for (field, value) in [
        ("regions.secure", &r.secure),
        ("regions.preoccupied", &r.preoccupied),
        ("regions.dismissing", &r.dismissing),
        ("regions.fearful", &r.fearful),
    ] {
        not_blank(field, value)?;
    }

    Ok(Instrument {
        id: raw.id,
        name: raw.name,
        version: raw.version,
        description: raw.description.trim().to_string(),
        minutes: raw.minutes,
        scale: Scale {
            min: scale.min,
            max: scale.max,
            labels: scale.labels.clone(),
        },
        subscales: raw
            .subscales
            .into_iter()
            .map(|s| Subscale {
                id: s.id,
                name: s.name,
            })
            .collect(),
        items: raw
            .items
            .into_iter()
            .map(|i| Item {
                id: i.id,
                text: i.text.trim().to_string(),
                subscale: i.subscale,
                reverse: i.reverse,
            })
            .collect(),
        reliable_change: ReliableChangeParams {
            sd: rc.sd,
            reliability: rc.reliability,
        },
        regions: RegionTexts {
            secure: r.secure.trim().to_string(),
            preoccupied: r.preoccupied.trim().to_string(),
            dismissing: r.dismissing.trim().to_string(),
            fearful: r.fearful.trim().to_string(),
        },
        source: file.to_string(),
    })
}
