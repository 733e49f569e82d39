//! The Progress screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct ProgressScreen;

impl Screen for ProgressScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Progress
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "Progress",
            &[
                "Charts of your assessments and check-ins over weeks and months, the path you have taken across the anxiety × avoidance plane, and the days you practised.",
                "Gaps stay gaps: a week without data is shown as missing, never as zero.",
            ],
        );
    }
}
