//! Scoring an assessment: reversal, subscale means, the region on the plane, and the
//! reliable change index between two results (Jacobson & Truax, with the standard error of
//! the difference as corrected by Christensen & Mendoza).

use std::collections::BTreeMap;

use serde::Serialize;

use super::assessment::{ANXIETY, AVOIDANCE, Instrument, Region, ReliableChangeParams, Scale};

/// |RCI| above this is a reliable change at the 95% level.
pub const RCI_THRESHOLD: f64 = 1.96;

/// An item's score after reversal: reverse-keyed items count as `min + max − answer`.
pub fn item_score(scale: &Scale, reverse: bool, answer: u8) -> f64 {
    if reverse {
        f64::from(scale.min) + f64::from(scale.max) - f64::from(answer)
    } else {
        f64::from(answer)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScoreError {
    UnknownItem(String),
    OutOfRange { item: String, value: u8 },
    Missing(Vec<String>),
}

impl std::fmt::Display for ScoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScoreError::UnknownItem(id) => write!(f, "unknown item {id:?}"),
            ScoreError::OutOfRange { item, value } => {
                write!(f, "answer {value} to item {item:?} is outside the scale")
            }
            ScoreError::Missing(ids) => write!(f, "unanswered items: {}", ids.join(", ")),
        }
    }
}

impl std::error::Error for ScoreError {}

/// Subscale scores: the mean of each subscale's items after reversal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    pub by_subscale: BTreeMap<String, f64>,
}

impl Scores {
    pub fn get(&self, subscale: &str) -> Option<f64> {
        self.by_subscale.get(subscale).copied()
    }

    pub fn anxiety(&self) -> f64 {
        self.get(ANXIETY).unwrap_or(f64::NAN)
    }

    pub fn avoidance(&self) -> f64 {
        self.get(AVOIDANCE).unwrap_or(f64::NAN)
    }
}

/// Scores a complete set of answers (item id → answer on the instrument's scale).
pub fn score(
    instrument: &Instrument,
    answers: &BTreeMap<String, u8>,
) -> Result<Scores, ScoreError> {
    for (id, &value) in answers {
        if instrument.item(id).is_none() {
            return Err(ScoreError::UnknownItem(id.clone()));
        }
        if !instrument.scale.contains(value) {
            return Err(ScoreError::OutOfRange {
                item: id.clone(),
                value,
            });
        }
    }
    let missing: Vec<String> = instrument
        .items
        .iter()
        .filter(|i| !answers.contains_key(&i.id))
        .map(|i| i.id.clone())
        .collect();
    if !missing.is_empty() {
        return Err(ScoreError::Missing(missing));
    }
    let mut by_subscale = BTreeMap::new();
    for subscale in &instrument.subscales {
        let values: Vec<f64> = instrument
            .items
            .iter()
            .filter(|i| i.subscale == subscale.id)
            .map(|i| item_score(&instrument.scale, i.reverse, answers[&i.id]))
            .collect();
        let mean = values.iter().sum::<f64>() / values.len() as f64;
        by_subscale.insert(subscale.id.clone(), mean);
    }
    Ok(Scores { by_subscale })
}

/// The region of a point. A score above the scale midpoint counts as high; a score exactly
/// on it counts as low, so the secure side takes the boundary.
pub fn region(scale: &Scale, anxiety: f64, avoidance: f64) -> Region {
    let mid = scale.midpoint();
    match (anxiety > mid, avoidance > mid) {
        (false, false) => Region::Secure,
        (true, false) => Region::Preoccupied,
        (false, true) => Region::Dismissing,
        (true, true) => Region::Fearful,
    }
}

/// The standard error of the difference between two scores.
pub fn s_diff(params: ReliableChangeParams) -> f64 {
    let se = params.sd * (1.0 - params.reliability).sqrt();
    std::f64::consts::SQRT_2 * se
}

/// The smallest change that counts as reliable with these parameters.
pub fn reliable_threshold(params: ReliableChangeParams) -> f64 {
    RCI_THRESHOLD * s_diff(params)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    ReliableDecrease,
    ReliableIncrease,
    WithinNormalVariation,
}

/// How one score moved between two results.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    pub from: f64,
    pub to: f64,
    pub difference: f64,
    pub rci: f64,
    pub verdict: Verdict,
}

pub fn change(params: ReliableChangeParams, from: f64, to: f64) -> Change {
    let difference = to - from;
    let rci = difference / s_diff(params);
    let verdict = if rci.abs() <= RCI_THRESHOLD {
        Verdict::WithinNormalVariation
    } else if rci < 0.0 {
        Verdict::ReliableDecrease
    } else {
        Verdict::ReliableIncrease
    };
    Change {
        from,
        to,
        difference,
        rci,
        verdict,
    }
}

impl Change {
    /// One sentence for the user about this dimension. For anxiety and avoidance a
    /// decrease is a step towards security.
    pub fn sentence(&self, dimension: &str) -> String {
        let by = self.difference.abs();
        match self.verdict {
            Verdict::WithinNormalVariation if by < 0.005 => {
                format!("{dimension} is the same as last time.")
            }
            Verdict::WithinNormalVariation => format!(
                "{dimension} {} by {by:.2}: within normal variation.",
                if self.difference < 0.0 {
                    "eased"
                } else {
                    "rose"
                }
            ),
            Verdict::ReliableDecrease => {
                format!("{dimension} went down by {by:.2}: a reliable change.")
            }
            Verdict::ReliableIncrease => {
                format!("{dimension} went up by {by:.2}: a reliable change.")
            }
        }
    }
}

/// How a new result compares with the previous one of the same instrument.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Comparison {
    pub anxiety: Change,
    pub avoidance: Change,
}

pub fn compare(params: ReliableChangeParams, previous: &Scores, current: &Scores) -> Comparison {
    Comparison {
        anxiety: change(params, previous.anxiety(), current.anxiety()),
        avoidance: change(params, previous.avoidance(), current.avoidance()),
    }
}

impl Comparison {
    pub fn sentences(&self) -> [String; 2] {
        [
            self.anxiety.sentence("Anxiety"),
            self.avoidance.sentence("Avoidance"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Item, RegionTexts, Subscale};

    fn seven_point() -> Scale {
        Scale {
            min: 1,
            max: 7,
            labels: (1..=7).map(|n| n.to_string()).collect(),
        }
    }

    fn tiny_instrument() -> Instrument {
        let item = |id: &str, subscale: &str, reverse: bool| Item {
            id: id.into(),
            text: id.into(),
            subscale: subscale.into(),
            reverse,
        };
        Instrument {
            id: "tiny".into(),
            name: "Tiny".into(),
            version: 1,
            description: String::new(),
            minutes: 1,
            scale: seven_point(),
            subscales: vec![
                Subscale {
                    id: "anxiety".into(),
                    name: "Anxiety".into(),
                },
                Subscale {
                    id: "avoidance".into(),
                    name: "Avoidance".into(),
                },
            ],
            items: vec![
                item("a1", "anxiety", false),
                item("a2", "anxiety", false),
                item("a3", "anxiety", true),
                item("v1", "avoidance", false),
                item("v2", "avoidance", true),
            ],
            reliable_change: ReliableChangeParams {
                sd: 1.1,
                reliability: 0.9,
            },
            regions: RegionTexts {
                secure: "s".into(),
                preoccupied: "p".into(),
                dismissing: "d".into(),
                fearful: "f".into(),
            },
            source: "test".into(),
        }
    }

    fn answers(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect()
    }

    #[test]
    fn reversal_mirrors_the_scale() {
        let s = seven_point();
        assert_eq!(item_score(&s, true, 1), 7.0);
        assert_eq!(item_score(&s, true, 7), 1.0);
        assert_eq!(item_score(&s, true, 4), 4.0);
        assert_eq!(item_score(&s, true, 2), 6.0);
        assert_eq!(item_score(&s, false, 2), 2.0);
        let five = Scale {
            min: 0,
            max: 4,
            labels: vec![],
        };
        assert_eq!(item_score(&five, true, 1), 3.0);
    }

    #[test]
    fn subscale_means_after_reversal_by_hand() {
        // Anxiety: 6, 5, and reversed 2 → 6 → mean (6+5+6)/3 = 5.667.
        // Avoidance: 3, and reversed 5 → 3 → mean 3.
        let scores = score(
            &tiny_instrument(),
            &answers(&[("a1", 6), ("a2", 5), ("a3", 2), ("v1", 3), ("v2", 5)]),
        )
        .unwrap();
        assert!((scores.anxiety() - 17.0 / 3.0).abs() < 1e-12);
        assert_eq!(scores.avoidance(), 3.0);
    }

    #[test]
    fn incomplete_or_wrong_answers_are_refused() {
        let inst = tiny_instrument();
        assert_eq!(
            score(&inst, &answers(&[("a1", 6)])).unwrap_err(),
            ScoreError::Missing(vec!["a2".into(), "a3".into(), "v1".into(), "v2".into()])
        );
        let mut bad = answers(&[("a1", 6), ("a2", 5), ("a3", 2), ("v1", 3), ("v2", 5)]);
        bad.insert("a2".into(), 8);
        assert!(matches!(
            score(&inst, &bad),
            Err(ScoreError::OutOfRange { .. })
        ));
        bad.insert("a2".into(), 0);
        assert!(matches!(
            score(&inst, &bad),
            Err(ScoreError::OutOfRange { .. })
        ));
        bad.insert("a2".into(), 5);
        bad.insert("zz".into(), 5);
        assert_eq!(
            score(&inst, &bad).unwrap_err(),
            ScoreError::UnknownItem("zz".into())
        );
    }

    #[test]
    fn regions_and_their_edges() {
        let s = seven_point();
        assert_eq!(region(&s, 2.0, 2.0), Region::Secure);
        assert_eq!(region(&s, 6.0, 2.0), Region::Preoccupied);
        assert_eq!(region(&s, 2.0, 6.0), Region::Dismissing);
        assert_eq!(region(&s, 6.0, 6.0), Region::Fearful);
        // Exactly on the midpoint counts as low on that dimension.
        assert_eq!(region(&s, 4.0, 4.0), Region::Secure);
        assert_eq!(region(&s, 4.0001, 4.0), Region::Preoccupied);
        assert_eq!(region(&s, 4.0, 4.0001), Region::Dismissing);
        assert_eq!(Region::Preoccupied.leaning(), "leaning anxious–preoccupied");
    }

    /// The worked example: SD 1.1, reliability .90.
    /// SE = 1.1 × √0.1 = 0.34785; S_diff = √2 × SE = 0.49193;
    /// a reliable change needs |difference| > 1.96 × 0.49193 = 0.96418.
    #[test]
    fn reliable_change_worked_example() {
        let p = ReliableChangeParams {
            sd: 1.1,
            reliability: 0.9,
        };
        assert!((s_diff(p) - 0.491935).abs() < 1e-5, "{}", s_diff(p));
        assert!((reliable_threshold(p) - 0.964193).abs() < 1e-5);

        // 4.50 → 3.40: difference −1.10, RCI = −1.10 / 0.49193 = −2.236.
        let down = change(p, 4.5, 3.4);
        assert!((down.rci - -2.23607).abs() < 1e-4, "{}", down.rci);
        assert_eq!(down.verdict, Verdict::ReliableDecrease);

        // 3.40 → 4.50: the same size upwards.
        assert_eq!(change(p, 3.4, 4.5).verdict, Verdict::ReliableIncrease);

        // 4.50 → 3.60: difference −0.90, RCI −1.83: noise.
        let small = change(p, 4.5, 3.6);
        assert_eq!(small.verdict, Verdict::WithinNormalVariation);
        assert!(
            small
                .sentence("Anxiety")
                .contains("within normal variation")
        );
        assert!(down.sentence("Anxiety").contains("reliable change"));
    }
}
