//! What to try next after an assessment: a pure rule from the position on the plane.

use serde::Serialize;

use super::assessment::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Exercise,
    ReflectionTheme,
}

/// Something to try, by the stable id of an exercise or a reflection theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub kind: SuggestionKind,
    pub id: &'static str,
    /// Why it fits, in a few words.
    pub why: &'static str,
}

const fn exercise(id: &'static str, why: &'static str) -> Suggestion {
    Suggestion {
        kind: SuggestionKind::Exercise,
        id,
        why,
    }
}

const fn theme(id: &'static str, why: &'static str) -> Suggestion {
    Suggestion {
        kind: SuggestionKind::ReflectionTheme,
        id,
        why,
    }
}

/// Three suggestions for a position on the plane.
pub fn after_assessment(region: Region) -> [Suggestion; 3] {
    match region {
        Region::Secure => [
            exercise("secure-base-visualisation", "to keep a steady inner base"),
            theme("earned-security", "to notice what is working"),
            exercise("repair-after-rupture", "to keep repairs quick and kind"),
        ],
        Region::Preoccupied => [
            exercise("self-compassion-break", "to soothe worry from the inside"),
            exercise(
                "pause-reflect-respond",
                "to choose a response, not a protest",
            ),
            theme("anxiety", "to look gently at what sets the worry off"),
        ],
        Region::Dismissing => [
            exercise(
                "name-it-to-tame-it",
                "to notice feelings before setting them aside",
            ),
            exercise(
                "observation-feeling-need-request",
                "to practise saying what you need",
            ),
            theme("avoidance", "to explore what closeness asks of you"),
        ],
        Region::Fearful => [
            exercise("self-compassion-break", "to meet hard moments kindly"),
            exercise(
                "secure-base-visualisation",
                "to recall what safe care felt like",
            ),
            theme("safe-haven", "to think about where comfort can come from"),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_region_gets_three_distinct_suggestions() {
        for region in [
            Region::Secure,
            Region::Preoccupied,
            Region::Dismissing,
            Region::Fearful,
        ] {
            let s = after_assessment(region);
            assert!(s[0].id != s[1].id && s[1].id != s[2].id && s[0].id != s[2].id);
        }
    }

    #[test]
    fn worry_gets_soothing_and_distance_gets_expression() {
        assert_eq!(
            after_assessment(Region::Preoccupied)[0].id,
            "self-compassion-break"
        );
        assert!(
            after_assessment(Region::Dismissing)
                .iter()
                .any(|s| s.id == "observation-feeling-need-request")
        );
    }
}
