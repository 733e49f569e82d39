//! The one-line hint at the bottom: the main keys of the current screen and the global
//! ones, taken from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keymap::HelpRow;
use crate::theme::Theme;

/// Draws the `rows` that have a hint, as "key hint" pairs, or a notice in their place.
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    rows: &[HelpRow],
    notice: Option<&str>,
    theme: &Theme,
) {
    if let Some(notice) = notice {
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {notice}"), theme.urgent)),
            area,
        );
        return;
    }
    let mut spans = vec![Span::raw(" ")];
    for row in rows.iter().filter(|r| r.hint.is_some()) {
        // A run of keys that share one line (answer digits) shows as a range: "1–7".
        let keys: Vec<&str> = row.keys.split(' ').collect();
        let first_key = match keys.as_slice() {
            [first, .., last] if keys.len() > 2 => format!("{first}–{last}"),
            [first, ..] => first.to_string(),
            [] => String::new(),
        };
        spans.push(Span::styled(first_key, theme.key));
        spans.push(Span::styled(
            format!(" {}  ", row.hint.unwrap_or_default()),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
