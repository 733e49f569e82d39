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
