//! The exercise library: suggestions first, then every exercise by purpose; and the
//! safety question before an exercise that involves a partner.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Mode, PracticeScreen};
use crate::domain::practice::PURPOSES;
use crate::theme::Theme;
use crate::widgets::{hint_bar, panel, popup};

pub(super) fn render(screen: &PracticeScreen, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let block = panel::block("Practice", theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(content) = screen.content() else {
        return;
    };
    let order = screen.library_order();
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor_line = 0;

    if let Some(first) = screen.due.first() {
        let title = content
            .exercise(&first.exercise_id)
            .map_or(first.exercise_id.as_str(), |e| e.title.as_str());
        lines.push(Line::from(vec![
            Span::styled("↻ How did it go? ", theme.accent),
            Span::styled(format!("{title}, "), theme.text),
            Span::styled(
                first
                    .completed_at
                    .map_or(String::new(), |d| d.format("%-d %b").to_string()),
                theme.text,
            ),
            Span::styled(". f answers.", theme.muted),
        ]));
    }
    if let Some(session) = &screen.unfinished {
        let exercise = content.exercise(&session.exercise_id);
        lines.push(Line::from(vec![
            Span::styled("▶ Unfinished: ", theme.accent),
            Span::styled(
                match exercise {
                    Some(e) => format!(
                        "{}, step {} of {}. Enter continues; d discards.",
                        e.title,
                        session.position + 1,
                        e.steps.len()
                    ),
                    None => format!(
                        "'{}' is no longer installed. d discards it.",
                        session.exercise_id
                    ),
                },
                theme.text,
            ),
        ]));
        if screen.confirm_discard {
            lines.push(Line::styled(
                "Discard its answers? y discards, n keeps them.",
                theme.urgent,
            ));
        }
    }
    if !lines.is_empty() {
        lines.push(Line::raw(""));
    }

    let mut index = 0;
    let mut row = |lines: &mut Vec<Line>, id: &str, why: Option<&str>| {
        let Some(e) = content.exercise(id) else {
            return;
        };
        let chosen = screen.unfinished.is_none() && index == screen.selected;
        if chosen {
            cursor_line = lines.len();
        }
        let style = if chosen { theme.selected } else { theme.text };
        let done = if screen.completed_today.contains(&e.id) {
            " ✓"
        } else {
            ""
        };
        let mut spans = vec![
            Span::styled(if chosen { " ▸ " } else { "   " }, style),
            Span::styled(format!("{:<34}", format!("{}{done}", e.title)), style),
            Span::styled(format!("{:>3} min", e.minutes), theme.muted),
        ];
        if let Some(why) = why {
            spans.push(Span::styled(format!("  {why}"), theme.muted));
        }
        lines.push(Line::from(spans));
        index += 1;
    };
    if !screen.suggested.is_empty() {
        lines.push(Line::styled("Suggested for you", theme.title));
        for (id, why) in &screen.suggested {
            row(&mut lines, id, Some(why));
        }
    }
    for (purpose, heading) in PURPOSES {
        let ids: Vec<&str> = order
            .iter()
            .skip(screen.suggested.len())
            .map(String::as_str)
            .filter(|id| content.exercise(id).is_some_and(|e| e.purpose == *purpose))
            .collect();
        if ids.is_empty() {
            continue;
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(*heading, theme.title));
        for id in ids {
            row(&mut lines, id, None);
        }
    }
    if let Some(e) = order
        .get(screen.selected)
        .and_then(|id| content.exercise(id))
    {
        lines.push(Line::raw(""));
        lines.push(Line::styled(e.summary.clone(), theme.muted));
    }
    // Keep the highlighted exercise in view on small windows.
    let height = usize::from(inner.height);
    let scroll = (cursor_line + 3).saturating_sub(height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(0), 0)),
        inner,
    );

    match screen.mode {
        Mode::Safety => {
            let inner = popup::open(frame, area, 64, 11, "Before you begin", theme);
            let text = vec![
                Line::styled(
                    "This exercise involves the other person in the relationship.",
                    theme.text,
                ),
                Line::raw(""),
                Line::styled(
                    "Is the relationship free of fear and violence? Do you feel safe to disagree with them?",
                    theme.title,
                ),
                Line::raw(""),
                hint_bar::options(
                    &[
                        ("y", "yes, I feel safe with them"),
                        ("n", "no, or I'm not sure"),
                    ],
                    theme,
                ),
            ];
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        }
        Mode::NotSafe => {
            let inner = popup::open(frame, area, 64, 12, "Your safety comes first", theme);
            let text = vec![
                Line::styled(
                    "Thank you for answering honestly. Repair exercises assume both people are safe, \
                     so this one is not the right tool right now.",
                    theme.text,
                ),
                Line::raw(""),
                Line::styled(
                    "If you feel afraid of someone close to you, you deserve support. The Support \
                     screen lists who you can reach, including emergency services.",
                    theme.text,
                ),
                Line::raw(""),
                hint_bar::line(
                    &[("Enter", "opens Support"), ("Esc", "back to the library")],
                    theme,
                ),
            ];
            frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
        }
        _ => {}
    }
}
