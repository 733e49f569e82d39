//! What the app shows instead of a broken layout when the window is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::theme::Theme;

/// The smallest window securebase draws its screens in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let lines = vec![
        Line::styled("securebase needs a larger window", theme.title),
        Line::styled(
            format!(
                "at least {MIN_WIDTH} × {MIN_HEIGHT}; this one is {} × {}",
                area.width, area.height
            ),
            theme.text,
        ),
        Line::styled("Enlarge it, or press q to quit.", theme.muted),
    ];
    let [middle] = Layout::vertical([Constraint::Length(lines.len() as u16 + 2)])
        .flex(Flex::Center)
        .areas(area);
    frame.render_widget(
        Paragraph::new(lines).centered().wrap(Wrap { trim: true }),
        middle,
    );
}
