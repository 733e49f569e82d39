//! The bordered, titled panel every screen draws its content in.

use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Padding};

use crate::theme::Theme;

/// A panel titled `title`, with one column of padding on each side. Callers add more
/// padding where their layout wants it.
pub fn block<'a>(title: &str, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title))
        .padding(Padding::horizontal(1))
}
