//! The Check-in screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct CheckinScreen;

impl Screen for CheckinScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Checkin
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "Check-in",
            &[
                "A thirty-second check-in: how secure, anxious, withdrawn and connected you feel right now, a few emotion words, and who was on your mind.",
                "Several check-ins a day are fine; the charts use daily means.",
            ],
        );
    }
}
