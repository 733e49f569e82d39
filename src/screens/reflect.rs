//! The Reflect screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct ReflectScreen;

impl Screen for ReflectScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Reflect
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "Reflect",
            &[
                "A prompt for today, chosen from a library of reflection questions, and a quiet place to write.",
                "Every word is saved as you type, so a closed terminal or a crash never costs you what you wrote.",
            ],
        );
    }
}
