//! The one-line hint at the bottom: the main keys of the current screen and the global
//! ones, taken from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keymap::HelpRow;
use crate::theme::Theme;

/// Draws the `rows` that have a hint, as "key hint" pairs.
pub fn render(frame: &mut Frame<'_>, area: Rect, rows: &[HelpRow], theme: &Theme) {
    let mut spans = vec![Span::raw(" ")];
    for row in rows.iter().filter(|r| r.hint.is_some()) {
        let first_key = row.keys.split(' ').next().unwrap_or_default().to_string();
        spans.push(Span::styled(first_key, theme.key));
        spans.push(Span::styled(
            format!(" {}  ", row.hint.unwrap_or_default()),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
