//! The `?` overlay: every key of the current screen, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::popup;
use crate::app::keymap::HelpRow;
use crate::theme::Theme;

pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    screen_title: &str,
    rows: &[HelpRow],
    theme: &Theme,
) {
    let key_width = rows
        .iter()
        .map(|r| r.keys.chars().count())
        .max()
        .unwrap_or(0);
    let text_width = rows
        .iter()
        .map(|r| r.help.chars().count())
        .max()
        .unwrap_or(0);
    let column_width = key_width + 2 + text_width;
    // Border, padding, a blank line and the closing hint take 6 rows; the rest flow into
    // as many columns as they need.
    let room = usize::from(area.height.saturating_sub(6)).max(1);
    let columns = rows.len().div_ceil(room).max(1);
    let per_column = rows.len().div_ceil(columns);
    let width = columns * column_width + (columns - 1) * 3 + 4;
    let width = u16::try_from(width).unwrap_or(u16::MAX).max(40);
    let height = u16::try_from(per_column + 4).unwrap_or(u16::MAX);
    let inner = popup::open(
        frame,
        area,
        width,
        height,
        &format!("Keys · {screen_title}"),
        theme,
    );
    let mut lines: Vec<Line> = (0..per_column)
        .map(|r| {
            let mut spans = Vec::new();
            for c in 0..columns {
                let Some(row) = rows.get(c * per_column + r) else {
                    break;
                };
                if c > 0 {
                    spans.push(Span::raw("   "));
                }
                spans.push(Span::styled(
                    format!("{:<key_width$}  ", row.keys),
                    theme.key,
                ));
                spans.push(Span::styled(
                    format!("{:<text_width$}", row.help),
                    theme.text,
                ));
            }
            Line::from(spans)
        })
        .collect();
    lines.push(Line::raw(""));
    lines.push(Line::styled("? or Esc closes this help", theme.muted));
    frame.render_widget(Paragraph::new(lines), inner);
}
