//! Answering: one statement at a time, every point of the scale labelled, a progress bar.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Wrap};

use crate::domain::assessment::{AssessmentSession, Instrument};
use crate::theme::Theme;
use crate::widgets::{panel, scale};

pub(super) fn render(
    frame: &mut Frame<'_>,
    area: Rect,
    theme: &Theme,
    instrument: &Instrument,
    session: &AssessmentSession,
    cursor: usize,
    highlight: Option<u8>,
) {
    let count = instrument.items.len();
    let item = &instrument.items[cursor];
    let block = panel::block(
        &format!("{} · statement {} of {count}", instrument.name, cursor + 1),
        theme,
    )
    .padding(Padding::new(2, 2, 1, 0));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let points = u16::from(instrument.scale.max - instrument.scale.min) + 1;
    let [progress, _, statement, choices] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(4),
        Constraint::Length(points),
    ])
    .areas(inner);

    let answered = instrument
        .items
        .iter()
        .filter(|i| session.answers.contains_key(&i.id))
        .count();
    scale::progress(frame, progress, answered, count, "answered", theme);
    frame.render_widget(
        Paragraph::new(Line::styled(item.text.clone(), theme.title)).wrap(Wrap { trim: true }),
        statement,
    );

    let given = session.answers.get(&item.id).copied();
    let lines: Vec<Line> = (instrument.scale.min..=instrument.scale.max)
        .map(|value| {
            let label = instrument.scale.label(value).unwrap_or_default();
            let is_given = given == Some(value);
            let is_highlighted = highlight == Some(value);
            let style = if is_highlighted || (highlight.is_none() && is_given) {
                theme.selected
            } else {
                theme.text
            };
            Line::from(vec![
                Span::styled(if is_given { " ● " } else { "   " }, theme.accent),
                Span::styled(format!(" {value} "), theme.key.patch(style)),
                Span::styled(format!(" {label} "), style),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), choices);
}
