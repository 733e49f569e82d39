//! `securebase assess` from a script: scores and stores valid answers, refuses every bad
//! input with one line and the journal unchanged.

use std::fs;
use std::path::Path;

mod common;
use common::cli::Env;

fn journal_bytes(path: &Path) -> Vec<u8> {
    let mut all = fs::read(path).unwrap_or_default();
    for side in ["-wal", "-shm"] {
        all.extend(fs::read(format!("{}{side}", path.display())).unwrap_or_default());
    }
    all
}

#[test]
fn list_shows_our_instruments() {
    let env = Env::new();
    let text = env.ok(&["assess", "--list"]);
    assert!(
        text.contains("close-relationships") && text.contains("24 items"),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["assess", "--list", "--json"])).unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["close-relationships", "pulse"]);
}

#[test]
fn answers_are_scored_stored_and_compared() {
    let env = Env::new();
    let first = env.ok(&[
        "assess",
        "--instrument",
        "pulse",
        "--answers",
        "4,5,2,3,3,5,2,4",
    ]);
    assert!(first.contains("Anxiety    3.25"), "{first}");
    assert!(first.contains("leaning dismissing–avoidant"), "{first}");
    assert!(first.contains("first result"), "{first}");

    let second: serde_json::Value = serde_json::from_str(&env.ok(&[
        "assess",
        "--instrument",
        "pulse",
        "--answers",
        "6, 2, 7, 2, 1, 2, 7, 2",
        "--json",
    ]))
    .unwrap();
    assert_eq!(second["scores"]["anxiety"], 6.75);
    assert_eq!(second["region"], "preoccupied");
    assert_eq!(second["change"]["anxiety"]["verdict"], "reliable_increase");
    assert_eq!(
        second["change"]["avoidance"]["verdict"],
        "within_normal_variation"
    );

    let history: serde_json::Value =
        serde_json::from_str(&env.ok(&["assess", "--history", "--json"])).unwrap();
    let rows = history.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["scores"]["avoidance"], 4.75);
    assert_eq!(rows[1]["leaning"], "leaning anxious–preoccupied");
    let text = env.ok(&["assess", "--history"]);
    assert_eq!(text.lines().count(), 2, "{text}");
}

#[test]
fn every_bad_input_is_refused_and_the_journal_is_unchanged() {
    let env = Env::new();
    env.ok(&[
        "assess",
        "--instrument",
        "pulse",
        "--answers",
        "4,5,2,3,3,5,2,4",
    ]);
    let before = journal_bytes(&env.journal());
    let cases: [(&[&str], &str); 8] = [
        (
            &["--instrument", "pulse", "--answers", "4,5,2"],
            "has 8 items but 3 answers",
        ),
        (
            &["--instrument", "pulse", "--answers", "4,5,2,3,3,5,2,4,1"],
            "but 9 answers",
        ),
        (
            &["--instrument", "pulse", "--answers", "4,5,2,3,3,5,2,8"],
            "answer 8 (8) is outside the scale 1–7",
        ),
        (
            &["--instrument", "pulse", "--answers", "4,5,0,3,3,5,2,4"],
            "answer 3 (0) is outside",
        ),
        (
            &["--instrument", "pulse", "--answers", "4,5,two,3,3,5,2,4"],
            "answer 3 ('two') is not a whole number",
        ),
        (
            &["--instrument", "pulse", "--answers", "4,5,-1,3,3,5,2,4"],
            "is not a whole number",
        ),
        (
            &["--instrument", "nope", "--answers", "4"],
            "unknown instrument 'nope' (known: close-relationships, pulse)",
        ),
        (&["--answers", "4,5"], "--instrument"),
    ];
    for (args, expected) in cases {
        let mut all = vec!["assess"];
        all.extend_from_slice(args);
        let out = env.run(&all);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
    assert_eq!(journal_bytes(&env.journal()), before, "nothing was stored");
}

#[test]
fn a_refused_call_does_not_even_create_the_journal() {
    let env = Env::new();
    let out = env.run(&["assess", "--instrument", "pulse", "--answers", "9"]);
    assert!(!out.status.success());
    assert!(!env.journal().exists());
}

const MINE: &str = include_str!("fixtures/user-instrument.toml");

#[test]
fn an_instrument_the_user_brings_is_taken_like_ours() {
    let env = Env::new();
    let file = env.home.path().join("mine.toml");
    fs::write(&file, MINE).unwrap();
    let file = file.to_str().unwrap();
    let json: serde_json::Value = serde_json::from_str(&env.ok(&[
        "assess",
        "--instrument-file",
        file,
        "--answers",
        "5,2,1",
        "--json",
    ]))
    .unwrap();
    // Anxiety: 5 and reversed 2 → 4: mean 4.5. Avoidance: 1.
    assert_eq!(json["scores"]["anxiety"], 4.5);
    assert_eq!(json["scores"]["avoidance"], 1.0);
    assert_eq!(json["instrument_version"], 3);

    // Placed in the content directory, it is listed and usable by id.
    fs::create_dir_all(env.content_dir().join("assessment")).unwrap();
    fs::write(env.content_dir().join("assessment/mine.toml"), MINE).unwrap();
    assert!(env.ok(&["assess", "--list"]).contains("licensed-scale"));
    env.ok(&[
        "assess",
        "--instrument",
        "licensed-scale",
        "--answers",
        "1,1,1",
    ]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&env.ok(&["assess", "--history", "--json"]))
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn a_malformed_instrument_file_is_named_in_the_error() {
    let env = Env::new();
    let file = env.home.path().join("broken.toml");
    fs::write(
        &file,
        MINE.replace("subscale = \"avoidance\"", "subscale = \"distance\""),
    )
    .unwrap();
    let out = env.run(&[
        "assess",
        "--instrument-file",
        file.to_str().unwrap(),
        "--answers",
        "1,1,1",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("broken.toml")
            && err.contains("item 'y1'")
            && err.contains("field 'subscale'"),
        "{err}"
    );
    assert!(!env.journal().exists());
}
