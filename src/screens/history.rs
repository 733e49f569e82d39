//! The History screen. Its full version is still being built; until then it says what it will
//! do, so the tab is never a dead end.

use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Screen, ScreenId};
use crate::theme::Theme;
use crate::widgets::coming_soon;

pub struct HistoryScreen;

impl Screen for HistoryScreen {
    fn id(&self) -> ScreenId {
        ScreenId::History
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        coming_soon::render(
            frame,
            area,
            theme,
            "History",
            &[
                "Everything you have written, newest first: filter by kind, tag and date, search for a word, read, edit or delete an entry, and export it all.",
            ],
        );
    }
}
