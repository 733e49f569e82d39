//! Checking in with the keyboard: fast, and read back from the journal.

mod common;

use common::Harness;
use securebase::screens::ScreenId;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// The whole form in 11 keypresses, counting the one that opens the screen.
#[test]
fn a_full_check_in_in_under_fifteen_keypresses() {
    let mut h = Harness::returning_user();
    let keys = "c7326 <Down> <Down> <Enter>";
    let presses = keys
        .replace("<Down>", "↓")
        .replace("<Enter>", "⏎")
        .chars()
        .count();
    assert!(presses <= 15, "{presses} keypresses");
    h.keys(keys);
    assert!(h.screen().contains("✓ Saved."), "{}", h.screen());

    let saved = h.app.journal().checkins_between(today(), today()).unwrap();
    assert_eq!(saved.len(), 1);
    let c = &saved[0].values;
    assert_eq!(c.values["security"], 7);
    assert_eq!(c.values["anxiety"], 3);
    assert_eq!(c.values["withdraw"], 2);
    assert_eq!(c.values["connection"], 6);
    assert_eq!(c.emotions, vec!["calm"]);
    assert_eq!(c.contexts, vec!["partner"]);
    assert_eq!(c.behaviours, vec!["reached-out"]);

    h.keys("t");
    let today_screen = h.screen();
    assert!(
        today_screen.contains("✓ 1 today, latest at 12:00, felt security 7/10."),
        "{today_screen}"
    );
    assert!(
        today_screen.contains("felt security, 14 days (1 with data)"),
        "{today_screen}"
    );
}

#[test]
fn arrows_words_and_a_note() {
    let mut h = Harness::returning_user();
    // Security up from the middle, skip the rest, pick two words, a note, save.
    h.keys("c<Right><Right><Down><Down><Down><Down>");
    h.keys("<Right><Right> <Right> <Left> ");
    h.keys("<Down><Down><Right> <Down>");
    h.keys("felt a bit lonely, then better<Enter>");
    let saved = h.app.journal().checkins_between(today(), today()).unwrap();
    let c = &saved[0].values;
    assert_eq!(c.values.len(), 1, "untouched items stay missing, not zero");
    assert_eq!(c.values["security"], 6);
    assert_eq!(
        c.emotions,
        vec!["safe"],
        "relieved was picked, then dropped again"
    );
    assert_eq!(c.behaviours, vec!["pulled-away"]);
    assert_eq!(c.note, "felt a bit lonely, then better");
}

#[test]
fn the_note_takes_every_key_as_text() {
    let mut h = Harness::returning_user();
    h.keys("c5<Down><Down><Down><Down><Down><Down>");
    h.keys("q a 8 ?");
    assert_eq!(h.app.active(), ScreenId::Checkin);
    assert!(!h.app.should_quit());
    h.keys("<Enter>");
    let saved = h.app.journal().checkins_between(today(), today()).unwrap();
    assert_eq!(saved[0].values.note, "q a 8 ?");
}

#[test]
fn several_a_day_and_the_latest_can_be_edited() {
    let mut h = Harness::returning_user();
    h.keys("c4<Enter>");
    h.keys("n8<Enter>");
    assert_eq!(
        h.app
            .journal()
            .checkins_between(today(), today())
            .unwrap()
            .len(),
        2
    );
    // Edit the latest: change 8 to 9, save: still two, the latest now 9.
    h.keys("e9<Enter>");
    let saved = h.app.journal().checkins_between(today(), today()).unwrap();
    assert_eq!(saved.len(), 2);
    assert_eq!(saved[0].values.values["security"], 4);
    assert_eq!(saved[1].values.values["security"], 9);
    assert!(h.screen().contains("2 today"), "{}", h.screen());
}

#[test]
fn an_empty_form_is_not_saved() {
    let mut h = Harness::returning_user();
    h.keys("c<Enter>");
    assert!(
        h.app
            .journal()
            .checkins_between(today(), today())
            .unwrap()
            .is_empty()
    );
    assert!(!h.screen().contains("Saved"));
}

#[test]
fn help_lists_the_form_keys() {
    let mut h = Harness::returning_user();
    h.keys("c?");
    let help = h.screen();
    assert!(
        help.contains("0 1 2 3 4 5 6 7 8 9  Answer with that number"),
        "{help}"
    );
    assert!(help.contains("Pick or drop the word"), "{help}");
}
