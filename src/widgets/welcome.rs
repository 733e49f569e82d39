//! The first-run welcome: what securebase is, what it is not, and where help is.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{hint_bar, popup};
use crate::theme::Theme;

pub fn render(frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let inner = popup::open(frame, area, 70, 18, "Welcome to securebase", theme);
    let lines = vec![
        Line::styled(
            "securebase is a private journal and coach for feeling more secure in your \
             close relationships: daily reflection prompts, quick check-ins, guided \
             exercises, and a self-assessment you can repeat to see how you change.",
            theme.text,
        ),
        Line::raw(""),
        Line::styled(
            "It is a self-reflection tool. It is not therapy, not a diagnosis and not an \
             emergency service.",
            theme.title,
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled(
                "If you ever need help right away, the Support screen is one key away: ",
                theme.text,
            ),
            Span::styled("8", theme.key),
            Span::styled(" or ", theme.text),
            Span::styled("s", theme.key),
            Span::styled(".", theme.text),
        ]),
        Line::raw(""),
        Line::styled(
            "Everything stays in one file on this computer. Nothing is ever sent anywhere.",
            theme.text,
        ),
        Line::raw(""),
        hint_bar::line(
            &[("Enter", "to begin"), ("?", "shows the keys of any screen")],
            theme,
        ),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
