//! Offered after saving an entry that mentions a crisis: gentle, skippable, local.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{hint_bar, popup};
use crate::theme::Theme;

pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let inner = popup::open(frame, area, 64, 12, "Your entry is saved", theme);
    let lines = vec![
        Line::styled(
            "Some of what you wrote sounds really hard. You do not have to carry it alone.",
            theme.text,
        ),
        Line::raw(""),
        Line::styled(
            "The Support screen lists ways to reach someone right now. Nothing you wrote \
             has left this computer.",
            theme.text,
        ),
        Line::raw(""),
        hint_bar::line(&[("s/Enter", "opens Support"), ("Esc", "not now")], theme),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
