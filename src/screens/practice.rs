//! The Practice screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct PracticeScreen;

impl Screen for PracticeScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Practice
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "Practice",
            &[
                "Guided exercises for repairing after a rupture, asking for what you need, and calming an activated attachment system, one step at a time.",
                "Each step is saved as you go, and later securebase asks how it went.",
            ],
        );
    }
}
