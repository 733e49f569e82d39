//! The anxiety × avoidance plane: the four regions labelled, the current result as a
//! filled dot and earlier results as a numbered trail leading to it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};
use ratatui::widgets::{Block, Borders};

use crate::theme::Theme;

/// One result on the plane.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanePoint {
    pub anxiety: f64,
    pub avoidance: f64,
}

/// Draws the plane for a scale from `min` to `max`. `trail` is oldest first and its last
/// point is the current result.
pub fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    min: f64,
    max: f64,
    trail: &[PlanePoint],
    theme: &Theme,
) {
    let mid = (min + max) / 2.0;
    let pad = (max - min) * 0.04;
    let (lo, hi) = (min - pad, max + pad);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Line::styled(" ↑ anxiety ", theme.muted))
        .title_bottom(Line::styled(" avoidance → ", theme.muted).right_aligned());
    let border_color = theme.border.fg.unwrap_or_default();
    let trail_color = theme.muted.fg.unwrap_or_default();
    let canvas = Canvas::default()
        .block(block)
        .marker(Marker::Braille)
        .x_bounds([lo, hi])
        .y_bounds([lo, hi])
        .paint(|ctx| {
            // The midlines that divide the four regions.
            ctx.draw(&CanvasLine::new(mid, lo, mid, hi, border_color));
            ctx.draw(&CanvasLine::new(lo, mid, hi, mid, border_color));
            for pair in trail.windows(2) {
                ctx.draw(&CanvasLine::new(
                    pair[0].avoidance,
                    pair[0].anxiety,
                    pair[1].avoidance,
                    pair[1].anxiety,
                    trail_color,
                ));
            }
            ctx.layer();
            ctx.print(min, max, Span::styled("preoccupied", theme.muted));
            ctx.print(mid + pad * 2.0, max, Span::styled("fearful", theme.muted));
            ctx.print(min, min, Span::styled("secure", theme.muted));
            ctx.print(
                mid + pad * 2.0,
                min,
                Span::styled("dismissing", theme.muted),
            );
            let earlier = trail.len().saturating_sub(1);
            for (n, p) in trail.iter().take(earlier).enumerate() {
                let label = (n + 1).to_string();
                ctx.print(p.avoidance, p.anxiety, Span::styled(label, theme.muted));
            }
            if let Some(now) = trail.last() {
                ctx.print(now.avoidance, now.anxiety, Span::styled("●", theme.accent));
            }
        });
    frame.render_widget(canvas, area);
}
