//! `securebase practice --list` and `--history`.

mod common;

use common::cli::Env;

#[test]
fn the_library_is_listed_by_purpose() {
    let env = Env::new();
    let text = env.ok(&["practice", "--list"]);
    assert!(text.contains("Calming an activated system"), "{text}");
    assert!(text.contains("self-compassion-break"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["practice", "--list", "--json"])).unwrap();
    let exercises = json.as_array().unwrap();
    assert!(exercises.len() >= 10);
    let repair = exercises
        .iter()
        .find(|e| e["id"] == "repair-after-rupture")
        .unwrap();
    assert_eq!(repair["involves_partner"], true);
    assert!(repair["steps"].as_array().unwrap().len() >= 4);
}

#[test]
fn history_shows_completed_sessions() {
    let env = Env::new();
    assert!(
        env.ok(&["practice", "--history"])
            .contains("No completed exercises yet.")
    );
    {
        let mut journal = securebase::store::Journal::open(&env.journal()).unwrap();
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap();
        let id = journal.start_practice("name-it-to-tame-it", now).unwrap();
        use securebase::domain::practice::Answer;
        journal
            .save_practice_step(id, "before", &Answer::Number(9), 1, now)
            .unwrap();
        journal
            .save_practice_step(id, "after", &Answer::Number(3), 4, now)
            .unwrap();
        journal.complete_practice(id, now).unwrap();
        // An unfinished one is not history yet.
        journal.start_practice("assertive-ask", now).unwrap();
    }
    let text = env.ok(&["practice", "--history"]);
    assert_eq!(
        text.trim(),
        "2026-11-20  Name it to tame it  ·  intensity 9 → 3"
    );
    let json: serde_json::Value =
        serde_json::from_str(&env.ok(&["practice", "--history", "--json"])).unwrap();
    assert_eq!(json[0]["intensity"], serde_json::json!([9, 3]));
    assert_eq!(json[0]["steps_answered"], 2);
    assert_eq!(json.as_array().unwrap().len(), 1);
}

#[test]
fn practice_needs_a_mode() {
    let env = Env::new();
    let out = env.run(&["practice"]);
    assert_eq!(out.status.code(), Some(2));
}
