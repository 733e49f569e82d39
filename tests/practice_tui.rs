//! Guided practice with the keyboard: the library, a whole exercise read back from the
//! journal, resuming, the safety question, and the follow-up a day later.

mod common;

use common::Harness;
use securebase::clock::FixedClock;
use securebase::domain::practice::Answer;
use securebase::screens::ScreenId;
use securebase::store::{Journal, SettingKey};

fn journal_at(path: &std::path::Path) -> Journal {
    let mut journal = Journal::open(path).unwrap();
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    journal
}

/// Moves the library cursor to the exercise titled `title`.
fn select(h: &mut Harness, title: &str) {
    for _ in 0..30 {
        if h.screen()
            .lines()
            .any(|l| l.contains('▸') && l.contains(title))
        {
            return;
        }
        h.keys("<Down>");
    }
    panic!("{title} not found:\n{}", h.screen());
}

#[test]
fn the_library_groups_exercises_and_suggests_some() {
    let mut h = Harness::returning_user();
    h.keys("p");
    let screen = h.screen();
    assert!(screen.contains("Suggested for you"), "{screen}");
    assert!(screen.contains("Calming an activated system"), "{screen}");
    assert!(screen.contains("Asking for what you need"), "{screen}");
    assert!(screen.contains("Name it to tame it"), "{screen}");
}

#[test]
fn a_whole_exercise_by_keys_is_saved_step_by_step() {
    let mut h = Harness::returning_user();
    h.keys("p");
    select(&mut h, "Name it to tame it");
    h.keys("<Enter>8");
    h.keys("Tight chest, hot face.<C-s>");
    h.keys("2");
    h.keys("left out, disappointed<C-s>");
    h.keys("4");
    let summary = h.screen();
    assert!(summary.contains("Name it to tame it · done"), "{summary}");
    assert!(summary.contains("Intensity 8 → 4 (down)"), "{summary}");
    assert!(summary.contains("left out, disappointed"), "{summary}");

    let sessions = h.app.journal().completed_practice().unwrap();
    assert_eq!(sessions.len(), 1);
    let answers = &sessions[0].answers;
    assert_eq!(answers["before"], Answer::Number(8));
    assert_eq!(
        answers["body"],
        Answer::Text("Tight chest, hot face.".into())
    );
    assert_eq!(answers["family"], Answer::Text("Sadness or loss".into()));
    assert_eq!(
        answers["words"],
        Answer::Text("left out, disappointed".into())
    );
    assert_eq!(answers["after"], Answer::Number(4));
    h.keys("<Enter>t");
    assert!(
        h.screen()
            .contains("✓ Practised today: Name it to tame it."),
        "{}",
        h.screen()
    );
}

#[test]
fn quitting_halfway_resumes_at_the_right_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = Harness::with_journal(journal_at(&path), 80, 24);
    h.keys("p");
    select(&mut h, "A self-compassion break");
    h.keys("<Enter>7This is a hard moment.<C-s>Half a thought");
    h.keys("<C-c>");
    assert!(h.app.should_quit());
    drop(h);

    let mut h = Harness::with_journal(journal_at(&path), 80, 24);
    h.keys("p");
    assert!(
        h.screen()
            .contains("Unfinished: A self-compassion break, step 3 of 5"),
        "{}",
        h.screen()
    );
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("step 3 of 5"), "{screen}");
    assert!(
        screen.contains("Half a thought"),
        "the unfinished step's text was kept: {screen}"
    );
    h.keys(" about being human.<C-s>Be gentle.<C-s>3");
    let sessions = h.app.journal().completed_practice().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].answers["common"],
        Answer::Text("Half a thought about being human.".into())
    );
    assert_eq!(sessions[0].answers["before"], Answer::Number(7));
}

#[test]
fn back_returns_to_an_earlier_step_with_its_answer() {
    let mut h = Harness::returning_user();
    h.keys("p");
    select(&mut h, "Name it to tame it");
    h.keys("<Enter>6<Esc><Left>");
    let screen = h.screen();
    assert!(screen.contains("step 1 of 5"), "{screen}");
    assert!(screen.contains(" 6  ■■■■■■"), "{screen}");
}

#[test]
fn a_partner_exercise_asks_about_safety_first() {
    let mut h = Harness::returning_user();
    h.keys("p");
    select(&mut h, "Repair after a rupture");
    h.keys("<Enter>");
    assert!(
        h.screen().contains("free of fear and violence"),
        "{}",
        h.screen()
    );
    h.keys("n");
    assert!(
        h.screen().contains("Your safety comes first"),
        "{}",
        h.screen()
    );
    assert!(
        h.app.journal().unfinished_practice().unwrap().is_none(),
        "nothing started"
    );
    h.keys("<Enter>");
    assert_eq!(h.app.active(), ScreenId::Support);

    h.keys("p");
    select(&mut h, "Repair after a rupture");
    h.keys("<Enter>y");
    assert!(
        h.screen().contains("Repair after a rupture · step 1 of 7"),
        "{}",
        h.screen()
    );
}

#[test]
fn a_timer_step_shows_its_countdown() {
    let mut h = Harness::returning_user();
    h.keys("p");
    select(&mut h, "Pause, reflect, respond");
    h.keys("<Enter>");
    assert!(h.screen().contains("⏱ 1:00 left"), "{}", h.screen());
}

/// Plans on Monday, comes back on Tuesday: Today asks, the answer is stored.
#[test]
fn a_planned_action_is_followed_up_a_day_later() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = Harness::with_journal(journal_at(&path), 80, 24);
    h.keys("p");
    select(&mut h, "An assertive ask");
    h.keys("<Enter>Chores pile up.<C-s>I feel tired.<C-s>Could we split them?<C-s>We'd both rest.<C-s>2");
    h.keys("7");
    assert!(
        h.screen()
            .contains("From tomorrow, securebase will ask how it went"),
        "{}",
        h.screen()
    );
    h.keys("<Enter>t");
    assert!(!h.screen().contains("How did"), "not on the same day");
    drop(h);

    let tuesday = FixedClock::on(2026, 11, 24);
    let mut h = Harness::on_day(journal_at(&path), tuesday, 80, 24);
    h.draw();
    assert!(
        h.screen().contains("↻ How did “An assertive ask” go?"),
        "{}",
        h.screen()
    );
    h.keys("f");
    assert_eq!(h.app.active(), ScreenId::Practice);
    assert!(h.screen().contains("Did you try it?"), "{}", h.screen());
    h.keys("y4We split the chores; it felt fair.<C-s>");
    let session = &h.app.journal().completed_practice().unwrap()[0];
    let follow_up = session.follow_up.as_ref().expect("stored with the session");
    assert!(follow_up.tried);
    assert_eq!(follow_up.rating, Some(4));
    assert_eq!(follow_up.learned, "We split the chores; it felt fair.");
    h.keys("t");
    assert!(
        !h.screen().contains("How did"),
        "answered, so no longer shown"
    );
}

#[test]
fn a_follow_up_can_be_dismissed_from_today() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = Harness::with_journal(journal_at(&path), 80, 24);
    h.keys("p");
    select(&mut h, "A kind, clear boundary");
    h.keys("<Enter>a<C-s>b<C-s>c<C-s>5d<C-s>");
    assert_eq!(h.app.journal().completed_practice().unwrap().len(), 1);
    drop(h);

    let mut h = Harness::on_day(journal_at(&path), FixedClock::on(2026, 11, 26), 80, 24);
    h.draw();
    assert!(h.screen().contains("How did “A kind, clear boundary” go?"));
    h.keys("x");
    assert!(!h.screen().contains("How did"), "{}", h.screen());
    assert!(h.app.journal().completed_practice().unwrap()[0].follow_up_dismissed);
}

/// A long follow-up line wraps on Today without pushing the trend out of its row.
#[test]
fn today_keeps_its_rows_when_a_line_wraps() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let mut journal = journal_at(&path);
        let sunday = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .unwrap()
            .and_hms_opt(20, 0, 0)
            .unwrap();
        let id = journal
            .start_practice("plan-repair-conversation", sunday)
            .unwrap();
        journal.complete_practice(id, sunday).unwrap();
        let mut values = securebase::domain::checkin::CheckinValues::default();
        values.values.insert("security".into(), 6);
        journal.add_checkin(&values, sunday).unwrap();
    }
    let mut h = Harness::on_day(journal_at(&path), FixedClock::on(2026, 11, 23), 80, 24);
    h.draw();
    let screen = h.screen();
    let line_of = |needle: &str| {
        screen
            .lines()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} missing:\n{screen}"))
    };
    let practice = line_of("[p] ↻ How did “Planning a repair conversation”");
    assert!(
        line_of("dismisses.") > practice,
        "the line wrapped:\n{screen}"
    );
    let trend = line_of("[g]");
    assert_eq!(
        trend,
        line_of("felt security, 14 days (1 with data)"),
        "{screen}"
    );
    assert!(trend > line_of("[a]"));
}
