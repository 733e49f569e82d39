//! A result: the two scores, the plane with earlier results as a trail, the change since
//! the previous result, what the position means, and what to try next.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::assessment::{AssessmentResult, Instrument};
use crate::domain::scoring;
use crate::domain::suggestions::{self, SuggestionKind};
use crate::theme::Theme;
use crate::widgets::panel;
use crate::widgets::plane::{self, PlanePoint};

/// How many results the trail shows, the current one included.
const TRAIL: usize = 6;

/// `results` ends with the one to show; earlier ones of the same instrument form the trail.
pub(super) fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    theme: &Theme,
    instrument: &Instrument,
    results: &[AssessmentResult],
) {
    let current = results.last().expect("a result to show");
    let same: Vec<&AssessmentResult> = results
        .iter()
        .filter(|r| r.instrument_id == current.instrument_id)
        .collect();
    let trail: Vec<&AssessmentResult> = same[same.len().saturating_sub(TRAIL)..].to_vec();
    let previous = same.len().checked_sub(2).map(|n| same[n]);

    let block = panel::block(
        &format!(
            "Your result · {} · {}",
            instrument.name,
            current.completed_at.format("%-d %B %Y")
        ),
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);

    // Roughly square on screen (a cell is twice as tall as wide), leaving the text at
    // least half of an 80-column window.
    let plane_width = (inner.height * 2 + 4).min(inner.width * 9 / 20);
    let [left, _, right] = Layout::horizontal([
        Constraint::Length(plane_width),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let earlier = trail.len().saturating_sub(1);
    let legend_height = u16::try_from(earlier.div_ceil(2)).unwrap_or(0);
    let [plane_area, legend] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(legend_height)]).areas(left);

    let points: Vec<PlanePoint> = trail
        .iter()
        .map(|r| PlanePoint {
            anxiety: r.scores.anxiety(),
            avoidance: r.scores.avoidance(),
        })
        .collect();
    plane::render(
        frame,
        plane_area,
        f64::from(instrument.scale.min),
        f64::from(instrument.scale.max),
        &points,
        theme,
    );
    let legend_spans: Vec<Span> = trail
        .iter()
        .take(earlier)
        .enumerate()
        .map(|(n, r)| {
            Span::styled(
                format!("{} {}   ", n + 1, r.completed_at.format("%-d %b %Y")),
                theme.muted,
            )
        })
        .collect();
    frame.render_widget(
        Paragraph::new(Line::from(legend_spans)).wrap(Wrap { trim: true }),
        legend,
    );

    let scores = &current.scores;
    let region = scoring::region(&instrument.scale, scores.anxiety(), scores.avoidance());
    let mut lines = vec![
        Line::from(vec![
            Span::styled("Anxiety ", theme.title),
            Span::styled(format!("{:.2}", scores.anxiety()), theme.accent),
            Span::styled("  Avoidance ", theme.title),
            Span::styled(format!("{:.2}", scores.avoidance()), theme.accent),
            Span::styled(
                format!("  ({}–{})", instrument.scale.min, instrument.scale.max),
                theme.muted,
            ),
        ]),
        Line::from(vec![
            Span::styled("● ", theme.accent),
            Span::styled(region.leaning(), theme.title),
        ]),
        Line::raw(""),
    ];
    match previous {
        Some(p) => {
            let comparison = scoring::compare(instrument.reliable_change, &p.scores, scores);
            lines.push(Line::styled(
                format!("Since {}:", p.completed_at.format("%-d %B")),
                theme.title,
            ));
            for sentence in comparison.sentences() {
                lines.push(Line::styled(sentence, theme.text));
            }
        }
        None => lines.push(Line::styled(
            "Your first result: take it again in two to four weeks to see how you move.",
            theme.muted,
        )),
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        instrument.regions.for_region(region).to_string(),
        theme.text,
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled("You might try", theme.title));
    for s in suggestions::after_assessment(region) {
        let kind = match s.kind {
            SuggestionKind::Exercise => "exercise",
            SuggestionKind::ReflectionTheme => "reflection",
        };
        // The reason only where it fits on the same line.
        let why = if right.width >= 70 {
            format!(" {kind}, {}", s.why)
        } else {
            format!(" ({kind})")
        };
        lines.push(Line::from(vec![
            Span::styled("• ", theme.accent),
            Span::styled(s.id, theme.key),
            Span::styled(why, theme.muted),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), right);
}
