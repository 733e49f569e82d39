//! An assessment instrument as data: its answer scale, subscales, items, the values used
//! for reliable change, and plain words for each region of the anxiety × avoidance plane.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::Serialize;

use super::scoring::Scores;

/// The subscale ids every instrument must have: they are the two axes of the plane.
pub const ANXIETY: &str = "anxiety";
pub const AVOIDANCE: &str = "avoidance";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Instrument {
    pub id: String,
    pub name: String,
    pub version: u32,
    /// What it measures, in a sentence or two.
    pub description: String,
    /// About how long it takes.
    pub minutes: u32,
    pub scale: Scale,
    pub subscales: Vec<Subscale>,
    pub items: Vec<Item>,
    pub reliable_change: ReliableChangeParams,
    pub regions: RegionTexts,
    /// Where it came from: built in, or the path of a user's file.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    /// One label per point, from `min` to `max`.
    pub labels: Vec<String>,
}

impl Scale {
    pub fn contains(&self, value: u8) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The label of a point on the scale.
    pub fn label(&self, value: u8) -> Option<&str> {
        if !self.contains(value) {
            return None;
        }
        self.labels
            .get(usize::from(value - self.min))
            .map(String::as_str)
    }

    /// The middle of the scale, where the regions divide.
    pub fn midpoint(&self) -> f64 {
        (f64::from(self.min) + f64::from(self.max)) / 2.0
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Subscale {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
    pub subscale: String,
    /// Worded in the secure direction: scored as `min + max − answer`.
    pub reverse: bool,
}

/// The standard deviation and reliability behind the reliable change index.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ReliableChangeParams {
    pub sd: f64,
    pub reliability: f64,
}

/// Plain, non-labelling words for each region of the plane.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionTexts {
    pub secure: String,
    pub preoccupied: String,
    pub dismissing: String,
    pub fearful: String,
}

impl RegionTexts {
    pub fn for_region(&self, region: Region) -> &str {
        match region {
            Region::Secure => &self.secure,
            Region::Preoccupied => &self.preoccupied,
            Region::Dismissing => &self.dismissing,
            Region::Fearful => &self.fearful,
        }
    }
}

/// The four regions of the anxiety × avoidance plane. Attachment is dimensional: these
/// are areas of a continuous plane, always worded as a leaning, never as a type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Secure,
    Preoccupied,
    Dismissing,
    Fearful,
}

impl Region {
    /// The soft wording shown to the user.
    pub fn leaning(self) -> &'static str {
        match self {
            Region::Secure => "leaning secure",
            Region::Preoccupied => "leaning anxious–preoccupied",
            Region::Dismissing => "leaning dismissing–avoidant",
            Region::Fearful => "leaning fearful–avoidant",
        }
    }
}

impl Instrument {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn subscale_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.subscales
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.name.as_str())
    }
}

/// An assessment being taken: the answers so far and where the user was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentSession {
    pub id: i64,
    pub instrument_id: String,
    pub instrument_version: u32,
    pub started_at: NaiveDateTime,
    /// The index of the item shown when the user last left.
    pub position: usize,
    pub answers: BTreeMap<String, u8>,
}

/// A completed assessment with its stored scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentResult {
    pub id: i64,
    pub instrument_id: String,
    pub instrument_version: u32,
    pub started_at: NaiveDateTime,
    pub completed_at: NaiveDateTime,
    pub scores: Scores,
}
