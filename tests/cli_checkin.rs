//! `securebase checkin` from a script: flags from the content file, refusals that store
//! nothing, and the list.

mod common;

use common::cli::Env;

fn stored(env: &Env) -> Vec<u8> {
    let mut all = std::fs::read(env.journal()).unwrap_or_default();
    all.extend(std::fs::read(format!("{}-wal", env.journal().display())).unwrap_or_default());
    all
}

#[test]
fn a_check_in_is_stored_and_listed() {
    let env = Env::new();
    env.ok(&[
        "checkin",
        "--security",
        "7",
        "--anxiety",
        "3",
        "--withdraw",
        "2",
        "--connection",
        "6",
        "--emotion",
        "calm",
        "--emotion",
        "hopeful",
        "--context",
        "partner",
        "--note",
        "good day",
        "--reached-out",
    ]);
    env.ok(&["checkin", "--security", "5"]);
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["checkin", "--list", "--days", "14", "--json"])).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["values"]["security"], 7);
    assert_eq!(list[0]["emotions"], serde_json::json!(["calm", "hopeful"]));
    assert_eq!(list[0]["contexts"], serde_json::json!(["partner"]));
    assert_eq!(list[0]["behaviours"], serde_json::json!(["reached-out"]));
    assert_eq!(list[0]["note"], "good day");
    assert_eq!(list[1]["values"], serde_json::json!({"security": 5}));
    let text = env.ok(&["checkin", "--list"]);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("security 7, anxiety 3"), "{text}");
}

#[test]
fn bad_values_are_refused_with_the_valid_choices_and_nothing_stored() {
    let env = Env::new();
    env.ok(&["checkin", "--security", "5"]);
    let before = stored(&env);
    for (args, expected) in [
        (&["checkin", "--security", "11"][..], "11 is not in 0..=10"),
        (&["checkin", "--anxiety", "-1"], "-1 is not in 0..=10"),
        (&["checkin", "--security", "high"], "invalid value 'high'"),
        (
            &["checkin", "--emotion", "blah"],
            "[possible values: calm, content",
        ),
        (
            &["checkin", "--context", "pub"],
            "[possible values: partner, family, friends, work, alone, other]",
        ),
        (
            &["checkin", "--feelings", "3"],
            "unexpected argument '--feelings'",
        ),
        (&["checkin"], "nothing to record"),
        (
            &[
                "checkin",
                "--security",
                "5",
                "--emotion",
                "calm",
                "--emotion",
                "nope",
            ],
            "invalid value 'nope'",
        ),
    ] {
        let out = env.run(args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert_eq!(stored(&env), before, "the journal is unchanged");
}

#[test]
fn flags_follow_the_content_file() {
    let env = Env::new();
    std::fs::create_dir_all(env.content_dir()).unwrap();
    let builtin = include_str!("../prompts/checkin.toml");
    std::fs::write(
        env.content_dir().join("checkin.toml"),
        builtin.replace("id = \"withdraw\"", "id = \"distance\""),
    )
    .unwrap();
    env.ok(&["checkin", "--distance", "4"]);
    let out = env.run(&["checkin", "--withdraw", "4"]);
    assert!(!out.status.success());
    let help = env.ok(&["checkin", "--help"]);
    assert!(help.contains("--distance <0-10>"), "{help}");
}
