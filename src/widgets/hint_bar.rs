//! The one-line hint at the bottom: the main keys of the current screen and the global
//! ones, taken from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
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
    let pairs: Vec<(String, &str)> = rows
        .iter()
        .filter_map(|row| {
            // A run of keys that share one line (answer digits) shows as a range: "1–7".
            let keys: Vec<&str> = row.keys.split(' ').collect();
            let shown = match keys.as_slice() {
                [first, .., last] if keys.len() > 2 => format!("{first}–{last}"),
                [first, ..] => first.to_string(),
                [] => String::new(),
            };
            Some((shown, row.hint?))
        })
        .collect();
    let mut spans = vec![Span::raw(" ")];
    spans.extend(line(&pairs, theme).spans);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Keys and what they do, as the hint bar writes them ("Enter save  Esc leave"); for
/// any line that tells the user which keys to press.
pub fn line<K: AsRef<str>>(pairs: &[(K, &str)], theme: &Theme) -> Line<'static> {
    pairs_line(pairs, theme, theme.muted)
}

/// The answers to a question with their keys ("y yes  n not yet"), in body text.
pub fn options<K: AsRef<str>>(pairs: &[(K, &str)], theme: &Theme) -> Line<'static> {
    pairs_line(pairs, theme, theme.text)
}

fn pairs_line<K: AsRef<str>>(pairs: &[(K, &str)], theme: &Theme, text: Style) -> Line<'static> {
    let mut spans = Vec::new();
    for (key, what) in pairs {
        spans.push(Span::styled(key.as_ref().to_string(), theme.key));
        spans.push(Span::styled(format!(" {what}  "), text));
    }
    Line::from(spans)
}
