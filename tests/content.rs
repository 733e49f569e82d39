//! Content files: ours are complete and valid; broken ones are refused with a message
//! that names the file, the item and the field.

use std::fs;

use securebase::content::Content;

#[test]
fn our_instruments_meet_the_measurement_rules() {
    let content = Content::builtin().unwrap();
    let full = content.instrument("close-relationships").unwrap();
    let pulse = content.instrument("pulse").unwrap();
    assert!(full.items.len() >= 24);
    // About a third reverse-keyed in the full form; the short form has at least one per
    // subscale (with four items, a third is not a whole number).
    for (instrument, per_subscale, keyed) in [(full, 12, 0.25..=0.4), (pulse, 4, 0.25..=0.5)] {
        assert_eq!(instrument.scale.min, 1);
        assert_eq!(instrument.scale.max, 7);
        assert_eq!(instrument.scale.labels.len(), 7);
        for subscale in ["anxiety", "avoidance"] {
            let items: Vec<_> = instrument
                .items
                .iter()
                .filter(|i| i.subscale == subscale)
                .collect();
            assert!(items.len() >= per_subscale, "{} {subscale}", instrument.id);
            let reversed = items.iter().filter(|i| i.reverse).count() as f64 / items.len() as f64;
            assert!(
                keyed.contains(&reversed),
                "{} {subscale}: {reversed} reverse-keyed",
                instrument.id
            );
        }
    }
    // The short form's items are items of the full form, with the same keying.
    for item in &pulse.items {
        assert_eq!(full.item(&item.id), Some(item), "{}", item.id);
    }
}

#[test]
fn our_instrument_files_say_their_values_are_provisional() {
    for file in ["close-relationships.toml", "pulse.toml"] {
        let path = format!("{}/prompts/assessment/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = fs::read_to_string(path).unwrap();
        assert!(text.contains("PROVISIONAL"), "{file}");
    }
}

/// An instrument a user might bring, shared with the command-line tests.
const VALID: &str = include_str!("fixtures/user-instrument.toml");

fn load(text: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.toml");
    fs::write(&path, text).unwrap();
    let mut content = Content::builtin().unwrap();
    content
        .add_instrument_file(&path)
        .map(|i| i.id.clone())
        .map_err(|e| {
            let message = e.to_string();
            assert!(message.contains("mine.toml"), "names the file: {message}");
            assert!(!message.contains('\n'), "one line: {message}");
            message
        })
}

#[test]
fn a_valid_user_instrument_loads() {
    assert_eq!(load(VALID).unwrap(), "licensed-scale");
}

#[test]
fn broken_instruments_are_refused_with_file_item_and_field() {
    let cases = [
        (
            VALID.replace(
                "id = \"y1\"\nsubscale = \"avoidance\"",
                "id = \"y1\"\nsubscale = \"avoidence\"",
            ),
            &["item 'y1'", "field 'subscale'", "avoidence"][..],
        ),
        (
            VALID.replace("id = \"x2\"", "id = \"x1\""),
            &["item 'x1'", "field 'id'"],
        ),
        (
            VALID.replace(
                r#"labels = ["1", "2", "3", "4", "5"]"#,
                r#"labels = ["1", "2"]"#,
            ),
            &["field 'scale.labels'", "needs 5"],
        ),
        (
            VALID.replace("reliability = 0.88", "reliability = 1.5"),
            &["field 'reliable_change.reliability'"],
        ),
        (
            VALID.replace("sd = 0.9", "sd = -1.0"),
            &["field 'reliable_change.sd'"],
        ),
        (VALID.replace("max = 5", "max = 10"), &["field 'scale.max'"]),
        (VALID.replace("min = 1", "min = 6"), &["field 'scale.min'"]),
        (
            VALID.replace("text = \"One.\"", "text = \"  \""),
            &["item 'x1'", "field 'text'"],
        ),
        (
            VALID.replace(
                "id = \"avoidance\"\nname = \"Avoidance\"",
                "id = \"closeness\"\nname = \"C\"",
            ),
            &["'avoidance'"],
        ),
        (
            VALID.replace("description = \"Brought by the user.\"\n", ""),
            &["description"],
        ),
        (
            VALID.replace("version = 3", "version = \"three\""),
            &["line 4"],
        ),
        (
            VALID.replace("fearful = \"f\"", "fearful = \"f\"\nhopeful = \"h\""),
            &["hopeful"],
        ),
    ];
    for (text, expected) in cases {
        let message = load(&text).expect_err("refused");
        for needle in expected {
            assert!(message.contains(needle), "{needle:?} missing in: {message}");
        }
    }
}

#[test]
fn a_subscale_without_items_is_refused() {
    let text = VALID.replace(
        "[regions]",
        "[[subscales]]\nid = \"trust\"\nname = \"Trust\"\n[regions]",
    );
    let message = load(&text).unwrap_err();
    assert!(
        message.contains("subscale 'trust' has no items"),
        "{message}"
    );
}

#[test]
fn user_files_in_the_content_directory_are_added_and_override_by_id() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("assessment")).unwrap();
    fs::write(dir.path().join("assessment/mine.toml"), VALID).unwrap();
    fs::write(
        dir.path().join("assessment/pulse.toml"),
        VALID.replace("id = \"licensed-scale\"", "id = \"pulse\""),
    )
    .unwrap();
    let content = Content::load(Some(dir.path())).unwrap();
    assert!(content.instrument("licensed-scale").is_some());
    assert_eq!(content.instrument("pulse").unwrap().items.len(), 3);
    assert_eq!(content.instruments.len(), 3);
}

#[test]
fn our_prompt_library_covers_every_theme() {
    use securebase::domain::reflection::{Depth, Dimension, THEMES};
    let content = Content::builtin().unwrap();
    assert!(
        content.prompts.len() >= 100,
        "{} prompts",
        content.prompts.len()
    );
    let mut ids = std::collections::HashSet::new();
    for prompt in &content.prompts {
        assert!(ids.insert(&prompt.id), "{} twice", prompt.id);
        assert!(THEMES.contains(&prompt.theme.as_str()));
        if prompt.theme == "narrative" && prompt.depth == Depth::Deep {
            assert!(prompt.note.is_some(), "{} needs a pause note", prompt.id);
        }
    }
    for theme in THEMES {
        let n = content.prompts.iter().filter(|p| p.theme == *theme).count();
        assert!(n >= 6, "{theme}: {n}");
    }
    for dimension in [Dimension::Anxiety, Dimension::Avoidance, Dimension::Both] {
        let n = content
            .prompts
            .iter()
            .filter(|p| p.dimension == dimension)
            .count();
        assert!(n >= 20, "{dimension:?}: {n}");
    }
}

#[test]
fn broken_prompt_files_are_refused_with_file_prompt_and_field() {
    let good = "theme = \"repair\"\n[[prompts]]\nid = \"mine-1\"\ndimension = \"both\"\ndepth = \"light\"\ntext = \"A question.\"\n";
    let cases = [
        (good.replace("repair", "reapir"), "field 'theme'"),
        (
            good.replace("\"both\"", "\"neither\""),
            "unknown dimension 'neither'",
        ),
        (
            good.replace("text = \"A question.\"", "text = \"\""),
            "prompt 'mine-1': field 'text'",
        ),
        (
            good.replace("repair", "narrative").replace("light", "deep"),
            "prompt 'mine-1': field 'note'",
        ),
        (
            format!("{good}{}", &good[good.find("[[prompts]]").unwrap()..]),
            "prompt 'mine-1': field 'id' is used twice",
        ),
    ];
    for (text, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("reflections")).unwrap();
        std::fs::write(dir.path().join("reflections/mine.toml"), text).unwrap();
        let err = Content::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("mine.toml") && err.contains(expected),
            "{expected}: {err}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("reflections")).unwrap();
    std::fs::write(dir.path().join("reflections/mine.toml"), good).unwrap();
    let content = Content::load(Some(dir.path())).unwrap();
    assert!(content.prompt("mine-1").is_some());
}

#[test]
fn our_check_in_vocabulary_is_complete() {
    let content = Content::builtin().unwrap();
    let form = &content.checkin;
    let ids: Vec<&str> = form.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["security", "anxiety", "withdraw", "connection"]);
    assert!(
        form.items
            .iter()
            .all(|i| !i.low.is_empty() && !i.high.is_empty())
    );
    assert!(form.emotions().count() >= 24);
    assert!(form.emotion_groups.len() >= 3);
    assert_eq!(
        form.contexts,
        ["partner", "family", "friends", "work", "alone", "other"]
    );
    let behaviours: Vec<&str> = form.behaviours.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(behaviours, ["I reached out", "I pulled away"]);
}

#[test]
fn a_broken_check_in_file_is_refused_naming_the_field() {
    let builtin = include_str!("../prompts/checkin.toml");
    for (text, expected) in [
        (
            builtin.replace("id = \"withdraw\"", "id = \"security\""),
            "item 'security': field 'id' is already taken",
        ),
        (
            builtin.replace("id = \"withdraw\"", "id = \"note\""),
            "item 'note': field 'id' is already taken",
        ),
        (
            builtin.replace("\"calm\", \"content\"", "\"calm\", \"calm\""),
            "emotion 'calm' appears twice",
        ),
        (
            builtin.replace("low = \"none\"", "low = \"\""),
            "item 'withdraw': field 'low' is empty",
        ),
        (
            builtin.replace("\"work\"", "\"Work Place\""),
            "field 'contexts'",
        ),
    ] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("checkin.toml"), text).unwrap();
        let err = Content::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("checkin.toml") && err.contains(expected),
            "{expected}: {err}"
        );
    }
}

#[test]
fn our_exercise_library_is_complete() {
    use securebase::domain::assessment::Region;
    use securebase::domain::suggestions::{SuggestionKind, after_assessment};
    let content = Content::builtin().unwrap();
    assert!(content.exercises.len() >= 10);
    for id in [
        "repair-after-rupture",
        "observation-feeling-need-request",
        "assertive-ask",
        "self-compassion-break",
        "name-it-to-tame-it",
        "pause-reflect-respond",
        "coherent-narrative",
        "secure-base-visualisation",
        "expressive-writing",
        "boundary-practice",
        "plan-repair-conversation",
    ] {
        assert!(content.exercise(id).is_some(), "{id} is missing");
    }
    // Exercises with a partner ask about safety; planning ones are followed up.
    assert!(
        content
            .exercise("repair-after-rupture")
            .unwrap()
            .involves_partner
    );
    assert!(
        content
            .exercise("plan-repair-conversation")
            .unwrap()
            .involves_partner
    );
    assert!(
        content
            .exercise("plan-repair-conversation")
            .unwrap()
            .plans_action
    );
    // The assessment's suggestions point at things that exist.
    for region in [
        Region::Secure,
        Region::Preoccupied,
        Region::Dismissing,
        Region::Fearful,
    ] {
        for s in after_assessment(region) {
            match s.kind {
                SuggestionKind::Exercise => assert!(content.exercise(s.id).is_some(), "{}", s.id),
                SuggestionKind::ReflectionTheme => {
                    assert!(content.prompts.iter().any(|p| p.theme == s.id), "{}", s.id)
                }
            }
        }
    }
}

#[test]
fn a_malformed_exercise_is_refused_naming_the_file_and_step() {
    let good = r#"
id = "mine"
title = "Mine"
purpose = "calming"
dimension = "both"
minutes = 3
summary = "A test."

[[steps]]
id = "feel"
kind = "rating"
guidance = "How strong?"
low = "faint"
high = "strong"

[[steps]]
id = "pick"
kind = "choice"
guidance = "Which?"
options = ["a", "b"]
"#;
    let cases = [
        (
            good.replace("kind = \"choice\"", "kind = \"slider\""),
            "step 'pick': field 'kind'",
        ),
        (
            good.replace("options = [\"a\", \"b\"]", "options = [\"a\"]"),
            "step 'pick': field 'options'",
        ),
        (
            good.replace("high = \"strong\"\n", ""),
            "step 'feel': field 'low'",
        ),
        (
            good.replace("id = \"pick\"", "id = \"feel\""),
            "step 'feel': field 'id' is used twice",
        ),
        (
            good.replace("guidance = \"Which?\"", "guidance = \"\""),
            "step 'pick': field 'guidance'",
        ),
        (
            good.replace(
                "options = [\"a\", \"b\"]",
                "options = [\"a\", \"b\"]\nseconds = 30",
            ),
            "step 'pick': field 'seconds' does not belong",
        ),
        (
            good.replace("purpose = \"calming\"", "purpose = \"fun\""),
            "field 'purpose'",
        ),
        (
            good.replace(
                "high = \"strong\"",
                "high = \"strong\"\nintensity = \"during\"",
            ),
            "step 'feel': field 'intensity'",
        ),
    ];
    for (text, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("exercises")).unwrap();
        fs::write(dir.path().join("exercises/mine.toml"), text).unwrap();
        let err = Content::load(Some(dir.path())).unwrap_err().to_string();
        assert!(
            err.contains("mine.toml") && err.contains(expected),
            "{expected}: {err}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("exercises")).unwrap();
    fs::write(dir.path().join("exercises/mine.toml"), good).unwrap();
    assert!(
        Content::load(Some(dir.path()))
            .unwrap()
            .exercise("mine")
            .is_some()
    );
}
