//! Small measures drawn in several places: a 0–10 bar and a progress gauge.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::LineGauge;

use crate::domain::checkin;
use crate::theme::Theme;

/// Ten cells for a 0–10 value, filled up to it: 7 fills seven.
pub fn bar(value: Option<u8>, theme: &Theme) -> Vec<Span<'static>> {
    (checkin::MIN + 1..=checkin::MAX)
        .map(|step| {
            let filled = value.is_some_and(|v| step <= v);
            Span::styled(
                if filled { "■" } else { "·" },
                if filled { theme.accent } else { theme.border },
            )
        })
        .collect()
}

/// A one-line gauge: `done` of `total`, labelled "{done} of {total} {what}".
pub fn progress(
    frame: &mut Frame<'_>,
    area: Rect,
    done: usize,
    total: usize,
    what: &str,
    theme: &Theme,
) {
    let ratio = if total == 0 {
        0.0
    } else {
        done as f64 / total as f64
    };
    frame.render_widget(
        LineGauge::default()
            .ratio(ratio.clamp(0.0, 1.0))
            .label(Span::styled(
                format!("{done} of {total} {what} "),
                theme.muted,
            ))
            .filled_style(theme.accent)
            .unfilled_style(theme.border),
        area,
    );
}
