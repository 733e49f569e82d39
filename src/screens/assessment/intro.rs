//! The assessment overview: what it measures, which instrument, an unfinished session to
//! resume, and the latest result.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Padding, Paragraph, Wrap};

use super::AssessmentScreen;
use crate::domain::scoring;
use crate::theme::Theme;
use crate::widgets::panel;

pub(super) fn render(screen: &AssessmentScreen, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let block = panel::block("Assessment", theme).padding(Padding::new(1, 1, 1, 0));
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let instruments = screen.instruments();
    let described = screen
        .session()
        .map(|(_, i)| i)
        .or_else(|| instruments.get(screen.selected));
    let mut text = vec![Line::styled(
        "Where do you stand in close relationships right now?",
        theme.title,
    )];
    if let Some(instrument) = described {
        text.push(Line::styled(instrument.description.clone(), theme.text));
    }
    let about_text = Paragraph::new(text).wrap(Wrap { trim: true });
    let about_height = u16::try_from(about_text.line_count(inner.width)).unwrap_or(u16::MAX);
    let list_height = u16::try_from(instruments.len()).unwrap_or(u16::MAX);
    let [about, _, list, below] = Layout::vertical([
        Constraint::Length(about_height),
        Constraint::Length(1),
        Constraint::Length(list_height + 1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(about_text, about);

    let rows: Vec<Line> = instruments
        .iter()
        .enumerate()
        .map(|(n, instrument)| {
            let chosen = screen.unfinished.is_none() && n == screen.selected;
            let style = if chosen { theme.selected } else { theme.text };
            Line::from(vec![
                Span::styled(if chosen { " ▸ " } else { "   " }, style),
                Span::styled(format!("{:<24}", instrument.name), style),
                Span::styled(
                    format!(
                        " {:>2} statements · about {} minutes ",
                        instrument.items.len(),
                        instrument.minutes
                    ),
                    if chosen { theme.selected } else { theme.muted },
                ),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);

    let mut notes: Vec<Line> = Vec::new();
    match (&screen.unfinished, screen.session()) {
        (Some(session), Some((_, instrument))) => {
            notes.push(Line::from(vec![
                Span::styled("Unfinished: ", theme.accent),
                Span::styled(
                    format!(
                        "{}, {} of {} answered, started {}. ",
                        instrument.name,
                        session.answers.len(),
                        instrument.items.len(),
                        session.started_at.format("%-d %b")
                    ),
                    theme.text,
                ),
            ]));
            if screen.confirm_discard {
                notes.push(Line::styled(
                    format!(
                        "Discard these {} answers? y discards, n keeps them.",
                        session.answers.len()
                    ),
                    theme.urgent,
                ));
            } else {
                notes.push(Line::from(vec![
                    Span::styled("Enter", theme.key),
                    Span::styled(" picks up where you left off; ", theme.text),
                    Span::styled("d", theme.key),
                    Span::styled(" discards it to start afresh.", theme.text),
                ]));
            }
        }
        (Some(session), None) => {
            notes.push(Line::styled(
                format!(
                    "An unfinished assessment uses '{}', which is no longer installed. Press d to discard it.",
                    session.instrument_id
                ),
                theme.urgent,
            ));
            if screen.confirm_discard {
                notes.push(Line::styled(
                    "Discard it? y discards, n keeps it.",
                    theme.urgent,
                ));
            }
        }
        (None, _) => {}
    }
    if let Some(last) = screen.results.last() {
        let leaning = screen
            .instrument(&last.instrument_id)
            .map(|i| {
                scoring::region(&i.scale, last.scores.anxiety(), last.scores.avoidance()).leaning()
            })
            .unwrap_or("");
        notes.push(Line::raw(""));
        notes.push(Line::from(vec![
            Span::styled("Latest result: ", theme.title),
            Span::styled(
                format!(
                    "{}, anxiety {:.2}, avoidance {:.2}, {leaning}. ",
                    last.completed_at.format("%-d %B %Y"),
                    last.scores.anxiety(),
                    last.scores.avoidance()
                ),
                theme.text,
            ),
            Span::styled("v", theme.key),
            Span::styled(" shows it.", theme.text),
        ]));
    }
    notes.push(Line::raw(""));
    notes.push(Line::styled(
        "This is a way to reflect, not a diagnosis: the result describes how you answered \
         today, not who you are. Every answer is saved as you give it, so you can stop and \
         come back.",
        theme.muted,
    ));
    frame.render_widget(Paragraph::new(notes).wrap(Wrap { trim: true }), below);
}
