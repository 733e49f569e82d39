//! The whole app driven by keys: what a user sees and what lands in the journal.

mod common;

use common::Harness;
use ratatui::style::Color;
use securebase::app::Overlay;
use securebase::screens::ScreenId;
use securebase::store::{Journal, SettingKey};

#[test]
fn a_new_user_is_welcomed_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");

    let mut h = Harness::with_journal(Journal::open(&path).unwrap(), 80, 24);
    h.draw();
    assert_eq!(h.app.overlay(), Some(Overlay::Welcome));
    let screen = h.screen();
    assert!(screen.contains("Welcome to securebase"), "{screen}");
    assert!(screen.contains("not therapy, not a diagnosis"), "{screen}");
    // Screen keys do nothing until the welcome is read.
    h.keys("8");
    assert_eq!(h.app.active(), ScreenId::Today);
    h.keys("<Enter>");
    assert_eq!(h.app.overlay(), None);
    assert!(!h.screen().contains("Welcome to securebase"));
    assert!(h.app.journal().flag(SettingKey::WelcomeSeen).unwrap());
    drop(h);

    let mut again = Harness::with_journal(Journal::open(&path).unwrap(), 80, 24);
    again.draw();
    assert_eq!(again.app.overlay(), None);
    assert!(!again.screen().contains("Welcome to securebase"));
}

#[test]
fn quitting_from_the_welcome_shows_it_again_next_time() {
    let mut h = Harness::new_user();
    h.keys("q");
    assert!(h.app.should_quit());
    assert!(!h.app.journal().flag(SettingKey::WelcomeSeen).unwrap());
}

#[test]
fn every_screen_opens_with_its_digit_and_its_letter() {
    let headings = [
        (ScreenId::Today, "1", "t", "Monday 23 November 2026"),
        (ScreenId::Assessment, "2", "a", "Assessment"),
        (ScreenId::Reflect, "3", "r", "Reflect"),
        (ScreenId::Checkin, "4", "c", "Check-in"),
        (ScreenId::Practice, "5", "p", "Practice"),
        (ScreenId::Progress, "6", "g", "Progress"),
        (ScreenId::History, "7", "h", "History"),
        (ScreenId::Support, "8", "s", "Support"),
    ];
    for (id, digit, letter, heading) in headings {
        for key in [digit, letter] {
            let mut h = Harness::returning_user();
            // Start from another screen so opening Today is a real move too.
            h.keys(if id == ScreenId::Today { "8" } else { "1" });
            h.keys(key);
            assert_eq!(h.app.active(), id, "key {key}");
            let screen = h.screen();
            let title_row = screen.lines().nth(1).unwrap();
            assert!(
                title_row.contains(&format!(" {heading} ")),
                "key {key} shows {heading}: {title_row}"
            );
        }
    }
}

#[test]
fn tab_and_shift_tab_walk_the_tabs_in_order() {
    let mut h = Harness::returning_user();
    h.keys("<Tab>");
    assert_eq!(h.app.active(), ScreenId::Assessment);
    h.keys("<BackTab><BackTab>");
    assert_eq!(h.app.active(), ScreenId::Support);
}

#[test]
fn escape_goes_back_the_way_the_user_came() {
    let mut h = Harness::returning_user();
    h.keys("83h");
    assert_eq!(h.app.active(), ScreenId::History);
    h.keys("<Esc>");
    assert_eq!(h.app.active(), ScreenId::Reflect);
    h.keys("<Esc>");
    assert_eq!(h.app.active(), ScreenId::Support);
    h.keys("<Esc>");
    assert_eq!(h.app.active(), ScreenId::Today);
    h.keys("<Esc>");
    assert_eq!(h.app.active(), ScreenId::Today, "nothing before Today");
    assert!(!h.app.should_quit());
}

#[test]
fn today_starts_writing_with_w() {
    let mut h = Harness::returning_user();
    h.keys("w");
    assert_eq!(h.app.active(), ScreenId::Reflect);
}

#[test]
fn help_lists_the_keys_of_the_current_screen() {
    let mut h = Harness::returning_user();
    h.keys("?");
    assert_eq!(h.app.overlay(), Some(Overlay::Help));
    let screen = h.screen();
    assert!(screen.contains("Keys · Today"), "{screen}");
    assert!(screen.contains("Write today's reflection"), "{screen}");
    assert!(screen.contains("Quit securebase"), "{screen}");
    h.keys("?");
    assert_eq!(h.app.overlay(), None);

    h.keys("8?");
    let screen = h.screen();
    assert!(screen.contains("Keys · Support"), "{screen}");
    assert!(screen.contains("Scroll down"), "{screen}");
    assert!(!screen.contains("Write today's reflection"), "{screen}");
    h.keys("<Esc>");
    assert_eq!(h.app.overlay(), None);
    assert_eq!(h.app.active(), ScreenId::Support, "Esc closed help only");
}

#[test]
fn help_rows_come_from_the_keymap() {
    let h = Harness::returning_user();
    let rows = h.app.help_rows();
    // Every key of the active screen and every global key the screen does not shadow.
    assert!(
        rows.iter()
            .any(|r| r.help == "Write today's reflection" && r.keys == "w Enter")
    );
    assert!(rows.iter().any(|r| r.help == "Support" && r.keys == "8 s"));
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut h = Harness::returning_user();
    h.keys("q");
    assert!(h.app.should_quit());
    let mut h = Harness::returning_user();
    h.keys("8<C-c>");
    assert!(h.app.should_quit());
}

#[test]
fn support_scrolls_and_stops_at_the_end() {
    let mut h = Harness::returning_user();
    h.keys("8");
    let top = h.screen();
    assert!(top.contains("emergency number"));
    h.keys("<End>");
    let bottom = h.screen();
    assert!(bottom.contains("no network code at all"), "{bottom}");
    assert!(!bottom.contains("If you are in danger"));
    // One step up from the end shows one more line at the top, not nothing.
    h.keys("<Up>");
    assert_ne!(h.screen(), bottom);
    h.keys("<Home>");
    assert_eq!(h.screen(), top);
}

#[test]
fn a_small_window_says_how_big_it_needs_to_be() {
    let mut h = Harness::returning_user();
    h.resize(60, 20);
    let screen = h.screen();
    assert!(
        screen.contains("securebase needs a larger window"),
        "{screen}"
    );
    assert!(
        screen.contains("at least 80 × 24; this one is 60 × 20"),
        "{screen}"
    );
    h.resize(80, 24);
    assert!(h.screen().contains("Monday 23 November 2026"));
}

#[test]
fn the_plain_theme_has_no_colour() {
    let theme = securebase::theme::Theme::plain();
    for style in [
        theme.text,
        theme.muted,
        theme.title,
        theme.selected,
        theme.key,
        theme.mnemonic,
        theme.border,
        theme.accent,
        theme.urgent,
    ] {
        assert!(matches!(style.fg, None | Some(Color::Reset)), "{style:?}");
        assert!(matches!(style.bg, None | Some(Color::Reset)), "{style:?}");
    }
}
