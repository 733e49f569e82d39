//! Every screen and overlay at 80×24, as a user sees it. Review a changed snapshot as you
//! would a screenshot.

mod common;

use common::Harness;
use securebase::screens::ScreenId;

#[test]
fn welcome_at_80x24() {
    let mut h = Harness::new_user();
    h.draw();
    insta::assert_snapshot!(h.screen());
}

#[test]
fn every_screen_at_80x24() {
    for (i, id) in ScreenId::ALL.iter().enumerate() {
        let mut h = Harness::returning_user();
        h.keys(&(i + 1).to_string());
        assert_eq!(h.app.active(), *id);
        insta::assert_snapshot!(format!("screen_{}", id.title().to_lowercase()), h.screen());
    }
}

#[test]
fn help_on_today_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("?");
    insta::assert_snapshot!(h.screen());
}

#[test]
fn today_at_120x40() {
    let mut h = Harness::returning_user();
    h.resize(120, 40);
    insta::assert_snapshot!(h.screen());
}

#[test]
fn assessment_taking_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("a<Enter>4<Left>");
    insta::assert_snapshot!(h.screen());
}

#[test]
fn assessment_result_with_a_trail_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("a<Down><Enter>45233524<Esc><Down><Enter>62721272");
    insta::assert_snapshot!(h.screen());
}

#[test]
fn reflect_writing_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("wWhen they went quiet at dinner I felt the old worry rise, the one that says I did something wrong.<Enter><Enter>I asked instead of guessing. #repair");
    h.pause();
    insta::assert_snapshot!(h.screen());
}

#[test]
fn checkin_filled_in_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("c7326 <Right> <Down> ");
    insta::assert_snapshot!(h.screen());
}

#[test]
fn practice_step_and_summary_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("p<Enter>8Tight chest, hot face.");
    insta::assert_snapshot!("practice_text_step", h.screen());
    h.keys("<C-s>2left out<C-s>4");
    insta::assert_snapshot!("practice_summary", h.screen());
}

#[test]
fn help_fits_at_80x24_on_every_screen() {
    // Each screen's longest help texts must show in full, not cut at the popup's edge.
    let cases: [(&str, &[&str]); 7] = [
        (
            "p?",
            &[
                "Start the exercise, or continue",
                "Answer a waiting follow-up",
            ],
        ),
        (
            "c?",
            &[
                "Raise the value, or the next word",
                "Edit today's latest check-in",
            ],
        ),
        (
            "a<Enter>?",
            &["Pause; your answers are kept", "Highlight the point above"],
        ),
        (
            "w<F1>",
            &[
                "Stop writing; the draft is kept",
                "Between the text and the tags",
            ],
        ),
        (
            "p<Enter>?",
            &[
                "Go on (or write, on a writing step)",
                "Pause; every step so far is kept",
            ],
        ),
        (
            "p<Enter>8<F1>",
            &["Step out of the text (← → move between steps)"],
        ),
        ("8?", &["Scroll down", "Quit, even while typing"]),
    ];
    for (keys, texts) in cases {
        let mut h = Harness::returning_user();
        h.keys(keys);
        let screen = h.screen();
        assert!(
            screen.contains("closes this help"),
            "{keys}: the whole overlay shows\n{screen}"
        );
        for text in texts {
            assert!(
                screen.contains(text),
                "{keys}: {text:?} is cut or missing\n{screen}"
            );
        }
    }
}

#[test]
fn help_on_practice_at_80x24() {
    let mut h = Harness::returning_user();
    h.keys("p?");
    insta::assert_snapshot!(h.screen());
}
