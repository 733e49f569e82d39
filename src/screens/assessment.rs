//! The Assessment screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct AssessmentScreen;

impl Screen for AssessmentScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Assessment
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "Assessment",
            &[
                "Measure where you stand on the two dimensions of attachment: anxiety (worry about closeness and being left) and avoidance (discomfort with depending on others).",
                "You will answer short statements about close relationships on a 1–7 scale, see your position on the anxiety × avoidance plane, and, over weeks, whether it has really changed.",
            ],
        );
    }
}
