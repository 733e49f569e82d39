//! Writing a reflection with the keyboard: the prompt, the editor, drafts that survive,
//! saving, tags, $EDITOR, and the gentle support offer.

mod common;

use common::Harness;
use securebase::app::Overlay;
use securebase::content::Content;
use securebase::domain::reflection::REFLECTION;
use securebase::screens::ScreenId;
use securebase::store::{Journal, SettingKey};

fn returning_user_at(path: &std::path::Path) -> Harness {
    let mut journal = Journal::open(path).unwrap();
    journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
    Harness::with_journal(journal, 80, 24)
}

fn todays_prompt_id(h: &Harness) -> String {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    h.app
        .journal()
        .prompt_choices(today)
        .unwrap()
        .last()
        .unwrap()
        .clone()
}

#[test]
fn today_shows_the_prompt_and_w_starts_writing_to_it() {
    let mut h = Harness::returning_user();
    h.draw();
    let content = Content::builtin().unwrap();
    let prompt = content.prompt(&todays_prompt_id(&h)).unwrap().clone();
    let today = h.screen();
    assert!(today.contains("Today's prompt"), "{today}");
    assert!(today.contains(&prompt.text[..30]), "{today}");
    assert!(today.contains("Not written yet today."));
    h.keys("w");
    assert_eq!(h.app.active(), ScreenId::Reflect);
    let editor = h.screen();
    assert!(editor.contains("Reflect · 0 words"), "{editor}");
    assert!(editor.contains(&prompt.text[..30]), "{editor}");
}

#[test]
fn typed_text_is_saved_as_an_entry_with_its_tags_and_counted_on_today() {
    let mut h = Harness::returning_user();
    let prompt_id = todays_prompt_id(&h);
    h.keys("wWe talked it through calmly.<Enter><Enter>I felt heard. #repair #Partner");
    assert!(h.screen().contains("Reflect · 10 words"), "{}", h.screen());
    h.keys("<C-s>");
    let screen = h.screen();
    assert!(
        screen.contains("Saved today: 1 entry, 10 words."),
        "{screen}"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let entries = h.app.journal().entries_on(today).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        entries[0].body,
        "We talked it through calmly.\n\nI felt heard. #repair #Partner"
    );
    assert_eq!(entries[0].prompt_id.as_deref(), Some(prompt_id.as_str()));
    assert_eq!(entries[0].tags, vec!["repair", "partner"]);
    assert_eq!(entries[0].word_count, 10);
    assert!(
        h.app.journal().draft(REFLECTION).unwrap().is_none(),
        "the draft became the entry"
    );
    h.keys("t");
    assert!(
        h.screen().contains("Written today: 10 words."),
        "{}",
        h.screen()
    );
}

#[test]
fn a_pause_in_typing_writes_the_draft_and_a_crash_keeps_it_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = returning_user_at(&path);
    let text = "First line, with  two spaces.<Enter>   indented second line<Enter><Enter>Ünïcödé ✓ and a trailing space ";
    h.keys("w").keys(text);
    h.pause();
    let expected =
        "First line, with  two spaces.\n   indented second line\n\nÜnïcödé ✓ and a trailing space ";
    assert_eq!(
        h.app.journal().draft(REFLECTION).unwrap().unwrap().body,
        expected
    );
    // Gone without quitting: no chance to save anything more.
    drop(h);

    let mut h = returning_user_at(&path);
    h.draw();
    let today = h.screen();
    assert!(today.contains("Unsaved draft"), "{today}");
    assert!(today.contains("(13 words)"), "{today}");
    h.keys("w");
    let screen = h.screen();
    assert!(screen.contains("First line, with  two spaces."), "{screen}");
    assert!(screen.contains("   indented second line"), "{screen}");
    h.keys("<C-s>");
    let entries = h
        .app
        .journal()
        .entries_on(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap())
        .unwrap();
    assert_eq!(entries[0].body, expected, "offered back and saved exactly");
}

#[test]
fn leaving_and_quitting_keep_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let mut h = returning_user_at(&path);
    h.keys("wkept by Esc<Esc>");
    assert!(!h.screen().contains("Reflect · "), "the editor closed");
    assert_eq!(
        h.app.journal().draft(REFLECTION).unwrap().unwrap().body,
        "kept by Esc"
    );
    h.keys("w and by Ctrl-C<C-c>");
    assert!(h.app.should_quit());
    drop(h);
    let h = returning_user_at(&path);
    assert_eq!(
        h.app.journal().draft(REFLECTION).unwrap().unwrap().body,
        "kept by Esc and by Ctrl-C"
    );
}

#[test]
fn a_draft_can_be_discarded_after_confirming() {
    let mut h = Harness::returning_user();
    h.keys("wthrow this away<Esc>");
    h.keys("d");
    assert!(h.screen().contains("Discard this draft?"), "{}", h.screen());
    h.keys("n");
    assert!(h.app.journal().draft(REFLECTION).unwrap().is_some());
    h.keys("dy");
    assert!(h.app.journal().draft(REFLECTION).unwrap().is_none());
}

#[test]
fn keys_are_text_while_writing() {
    let mut h = Harness::returning_user();
    h.keys("w? q 1 8 s t");
    assert_eq!(h.app.active(), ScreenId::Reflect);
    assert!(!h.app.should_quit());
    assert_eq!(h.app.overlay(), None);
    assert!(h.screen().contains("? q 1 8 s t"), "{}", h.screen());
    h.keys("<F1>");
    let help = h.screen();
    assert!(help.contains("Keys · Reflect"), "{help}");
    assert!(help.contains("Save the entry"), "{help}");
    assert!(
        !help.contains("Go back"),
        "global keys are text here: {help}"
    );
}

#[test]
fn undo_takes_back_typing() {
    let mut h = Harness::returning_user();
    h.keys("whello world");
    h.keys("<C-z>");
    assert!(!h.screen().contains("hello world"), "{}", h.screen());
}

#[test]
fn the_tag_field_adds_tags() {
    let mut h = Harness::returning_user();
    h.keys("wA short entry.<C-t>family, Weekend<Enter> More.<C-s>");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let entry = &h.app.journal().entries_on(today).unwrap()[0];
    assert_eq!(entry.body, "A short entry. More.");
    assert_eq!(entry.tags, vec!["family", "weekend"]);
}

#[test]
fn another_prompt_skip_and_free_writing() {
    let mut h = Harness::returning_user();
    let first = todays_prompt_id(&h);
    h.keys("rn");
    let second = todays_prompt_id(&h);
    assert_ne!(first, second);
    h.keys("x");
    let third = todays_prompt_id(&h);
    assert!(third != second && third != first);
    let history = h
        .app
        .journal()
        .prompt_history(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap())
        .unwrap();
    assert!(
        history.used.iter().any(|(id, _)| *id == second),
        "skipped counts as used"
    );
    assert!(
        !history.used.iter().any(|(id, _)| *id == first),
        "another is not a skip"
    );

    h.keys("fJust writing.<C-s>");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(
        h.app.journal().entries_on(today).unwrap()[0].prompt_id,
        None
    );
}

#[test]
fn the_prompt_stays_the_same_all_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let first = todays_prompt_id(&returning_user_at(&path));
    let again = todays_prompt_id(&returning_user_at(&path));
    assert_eq!(first, again);
}

#[test]
fn the_text_can_be_edited_in_the_users_editor() {
    let mut h = Harness::returning_user();
    h.editor.reply = Some("Rewritten in my editor.\nSecond line.".into());
    h.keys("wdraft text<C-o>");
    assert_eq!(h.editor.given, vec!["draft text"]);
    assert!(
        h.screen().contains("Rewritten in my editor."),
        "{}",
        h.screen()
    );
    h.keys("<C-s>");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(
        h.app.journal().entries_on(today).unwrap()[0].body,
        "Rewritten in my editor.\nSecond line."
    );

    h.editor.reply = None;
    h.keys("wkeep me<C-o>");
    assert!(
        h.screen().contains("The editor did not run"),
        "{}",
        h.screen()
    );
    assert!(h.screen().contains("keep me"), "the text is untouched");
}

#[test]
fn crisis_language_gently_offers_support_and_never_blocks() {
    let mut h = Harness::returning_user();
    h.keys("wSome days I want to die.<C-s>");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(
        h.app.journal().entries_on(today).unwrap().len(),
        1,
        "saved first"
    );
    assert_eq!(h.app.overlay(), Some(Overlay::SupportOffer));
    assert!(h.screen().contains("sounds really hard"), "{}", h.screen());
    h.keys("<Enter>");
    assert_eq!(h.app.active(), ScreenId::Support);

    let mut h = Harness::returning_user();
    h.keys("wA hard week.<C-s>");
    assert_eq!(h.app.overlay(), None, "ordinary words do not trigger it");
    h.keys("wI keep wanting to hurt myself.<C-s><Esc>");
    assert_eq!(h.app.overlay(), None, "Esc says not now");
    assert_eq!(h.app.active(), ScreenId::Reflect);
}

/// Another process holds the journal while the user saves: nothing is lost, the screen
/// says so, and saving again later works.
#[test]
fn a_busy_journal_keeps_the_text_and_saving_again_works() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let journal = {
        let mut journal = Journal::open(&path).unwrap();
        journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
        journal
            .set_busy_timeout(std::time::Duration::from_millis(20))
            .unwrap();
        journal
    };
    let mut h = Harness::with_journal(journal, 80, 24);
    h.keys("wEvery word of this matters.");
    let other = rusqlite::Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();

    h.keys("<C-s>");
    assert!(!h.app.should_quit());
    let screen = h.screen();
    assert!(
        screen.contains("Not saved: the journal is busy"),
        "{screen}"
    );
    assert!(
        screen.contains("Every word of this matters."),
        "still in the editor: {screen}"
    );
    h.pause();
    assert!(h.screen().contains("Every word of this matters."));

    other.execute_batch("ROLLBACK").unwrap();
    h.keys("<C-s>");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let entries = h.app.journal().entries_on(today).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].body, "Every word of this matters.");
    assert!(
        h.screen().contains("Saved today: 1 entry"),
        "{}",
        h.screen()
    );
}

/// A draft keeps its own prompt on screen, even after today's prompt changed.
#[test]
fn a_resumed_draft_shows_the_prompt_it_answers() {
    let mut h = Harness::returning_user();
    let content = Content::builtin().unwrap();
    let first = content.prompt(&todays_prompt_id(&h)).unwrap().clone();
    h.keys("wHalf an answer<Esc>n");
    let second = content.prompt(&todays_prompt_id(&h)).unwrap().clone();
    assert_ne!(first.id, second.id);
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("Half an answer"), "{screen}");
    assert!(
        screen.contains(&first.text[..30]),
        "the draft's own prompt: {screen}"
    );
    assert!(!screen.contains(&second.text[..30]), "{screen}");
}
