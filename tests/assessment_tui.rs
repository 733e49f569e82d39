//! Taking an assessment with the keyboard, as a user would.

mod common;

use common::Harness;
use securebase::content::Content;
use securebase::domain::scoring;
use securebase::screens::ScreenId;
use securebase::store::{Journal, SettingKey};

fn returning_user_at(path: &std::path::Path) -> Harness {
    let mut journal = Journal::open(path).unwrap();
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    Harness::with_journal(journal, 80, 24)
}

const PULSE_ANSWERS: &str = "45233524";

#[test]
fn a_whole_pulse_by_keys_shows_the_result_and_stores_it() {
    let mut h = Harness::returning_user();
    h.keys("a");
    let intro = h.screen();
    assert!(intro.contains("Close relationships"), "{intro}");
    assert!(intro.contains("This is a way to reflect"), "{intro}");
    h.keys("<Down><Enter>");
    let first = h.screen();
    assert!(first.contains("statement 1 of 8"), "{first}");
    assert!(first.contains("Strongly disagree") && first.contains("Strongly agree"));
    assert!(first.contains("0 of 8 answered"));
    h.keys(&PULSE_ANSWERS[..7]);
    assert!(h.screen().contains("7 of 8 answered"));
    h.keys(&PULSE_ANSWERS[7..]);
    let result = h.screen();
    assert!(result.contains("Your result"), "{result}");
    assert!(result.contains("Anxiety 3.25"), "{result}");
    assert!(result.contains("Avoidance 4.75"), "{result}");
    assert!(result.contains("leaning dismissing–avoidant"), "{result}");
    assert!(result.contains("Your first result"), "{result}");
    assert!(
        result.contains("preoccupied") && result.contains("fearful"),
        "{result}"
    );

    let journal = h.app.journal();
    let results = journal.assessment_results(None).unwrap();
    assert_eq!(results.len(), 1);
    assert!(journal.unfinished_assessment().unwrap().is_none());
    let content = Content::builtin().unwrap();
    let pulse = content.instrument("pulse").unwrap();
    let answers = journal.assessment_answers(results[0].id).unwrap();
    let given: String = pulse
        .items
        .iter()
        .map(|i| answers[&i.id].to_string())
        .collect();
    assert_eq!(
        given, PULSE_ANSWERS,
        "every answer stored by item id, as given"
    );
    assert_eq!(scoring::score(pulse, &answers).unwrap(), results[0].scores);

    h.keys("<Esc>t");
    let today = h.screen();
    assert!(
        today.contains("[a] 23 November, leaning dismissing–avoidant."),
        "{today}"
    );
}

#[test]
fn a_second_result_shows_the_trail_and_the_change() {
    let mut h = Harness::returning_user();
    h.keys("a<Down><Enter>");
    h.keys(PULSE_ANSWERS);
    h.keys("<Esc><Down><Enter>");
    h.keys("62721272");
    let result = h.screen();
    assert!(result.contains("Anxiety 6.75"), "{result}");
    assert!(result.contains("Since 23 November"), "{result}");
    assert!(
        result.contains("Anxiety went up by 3.50: a reliable"),
        "{result}"
    );
    assert!(
        result.contains("Avoidance eased by 0.75: within normal"),
        "{result}"
    );
    assert!(
        result.contains("1 23 Nov 2026"),
        "the trail legend dates result 1: {result}"
    );
    assert!(result.contains('●'));
}

#[test]
fn quitting_in_the_middle_resumes_where_the_user_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = returning_user_at(&path);
    h.keys("a<Down><Enter>452");
    h.keys("q");
    assert!(h.app.should_quit());
    drop(h);

    let mut h = returning_user_at(&path);
    h.keys("a");
    let intro = h.screen();
    assert!(
        intro.contains("Unfinished: Pulse (short form), 3 of 8 answered"),
        "{intro}"
    );
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("statement 4 of 8"), "{screen}");
    assert!(screen.contains("3 of 8 answered"), "{screen}");
    h.keys("33524");
    assert!(h.screen().contains("Anxiety 3.25"), "{}", h.screen());
}

#[test]
fn back_shows_and_changes_an_earlier_answer() {
    let mut h = Harness::returning_user();
    h.keys("a<Down><Enter>45");
    h.keys("<Left>");
    let screen = h.screen();
    assert!(screen.contains("statement 2 of 8"), "{screen}");
    assert!(
        screen.contains(" ●  5 "),
        "the given answer is marked: {screen}"
    );
    h.keys("2");
    assert!(h.screen().contains("statement 3 of 8"));
    let session = h.app.journal().unfinished_assessment().unwrap().unwrap();
    assert_eq!(session.answers["avo02"], 2);
    assert_eq!(session.position, 2);
    h.keys("<Left><Left><Right>");
    assert!(h.screen().contains("statement 2 of 8"));
}

#[test]
fn arrows_and_enter_answer_without_digits() {
    let mut h = Harness::returning_user();
    h.keys("a<Down><Enter>");
    h.keys("<Down><Down><Down><Enter>");
    let session = h.app.journal().unfinished_assessment().unwrap().unwrap();
    assert_eq!(session.answers["anx02"], 3);
}

#[test]
fn escape_pauses_and_an_unfinished_session_can_be_discarded() {
    let mut h = Harness::returning_user();
    h.keys("a<Enter>12<Esc>");
    assert_eq!(h.app.active(), ScreenId::Assessment);
    assert!(
        h.screen()
            .contains("Unfinished: Close relationships, 2 of 24")
    );
    h.keys("d");
    assert!(
        h.screen().contains("Discard these 2 answers?"),
        "{}",
        h.screen()
    );
    h.keys("n");
    assert!(h.app.journal().unfinished_assessment().unwrap().is_some());
    h.keys("dy");
    assert!(h.app.journal().unfinished_assessment().unwrap().is_none());
    assert!(!h.screen().contains("Unfinished"));
}

#[test]
fn help_while_taking_lists_the_answer_keys_as_one_line() {
    let mut h = Harness::returning_user();
    h.keys("a<Enter>?");
    let help = h.screen();
    assert!(
        help.contains("1 2 3 4 5 6 7  Answer with that number"),
        "{help}"
    );
    assert!(help.contains("Pause; your answers are kept"), "{help}");
    assert!(
        !help.contains("4 c "),
        "digit 4 answers here, so help does not offer it: {help}"
    );
    h.keys("<Esc>");
    assert!(
        h.screen().contains("1–7 answer"),
        "hint bar: {}",
        h.screen()
    );
}
