//! The panel of a screen whose full version is still being built: what it is for, and a
//! clear word that it is not ready yet.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Padding, Paragraph, Wrap};

use super::panel;
use crate::theme::Theme;

pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme, title: &str, paragraphs: &[&str]) {
    let block = panel::block(title, theme).padding(Padding::new(1, 1, 1, 0));
    let mut lines = Vec::new();
    for text in paragraphs {
        lines.push(Line::styled(text.to_string(), theme.text));
        lines.push(Line::raw(""));
    }
    lines.push(Line::styled(
        "This screen is not ready yet; it arrives in a coming version of securebase.",
        theme.muted,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}
