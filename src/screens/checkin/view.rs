//! Drawing the check-in form.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{CheckinScreen, Row};
use crate::domain::checkin;
use crate::theme::Theme;
use crate::widgets::{panel, scale};

/// Width of the item labels, and of the labels of the word rows (which need the room).
const LABEL: usize = 23;
const WORD_LABEL: usize = 10;

pub(super) fn render(screen: &CheckinScreen, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let title = match screen.editing {
        Some(id) => match screen.today.iter().find(|c| c.id == id) {
            Some(c) => format!("Check-in · editing {}", c.created_at.format("%H:%M")),
            None => "Check-in".to_string(),
        },
        None => format!("Check-in · {}", screen.now.format("%H:%M")),
    };
    let block = panel::block(&title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(form) = screen.form() else {
        return;
    };

    let current = screen.current();
    let mut lines = vec![
        Line::styled(
            "How are you right now? Rate what fits, pick any words, then Enter.",
            theme.muted,
        ),
        Line::raw(""),
    ];
    for (i, item) in form.items.iter().enumerate() {
        let focused = current == Row::Item(i);
        let value = screen.values.values.get(&item.id).copied();
        let mut spans = vec![marker(focused, theme), label(&item.label, focused, theme)];
        spans.push(Span::styled(
            value.map_or(" –".to_string(), |v| format!("{v:>2}")),
            theme.accent,
        ));
        spans.push(Span::raw("  "));
        spans.extend(scale::bar(value, theme));
        spans.push(Span::styled(
            format!("  0 {} · 10 {}", item.low, item.high),
            theme.muted,
        ));
        lines.push(Line::from(spans));
    }
    lines.push(Line::raw(""));

    // Emotion words, one line per group; the other word rows on one line each.
    let emotions_focused = current == Row::Emotions;
    let mut index = 0;
    for (g, group) in form.emotion_groups.iter().enumerate() {
        let first = g == 0;
        let mut spans = vec![
            if first {
                marker(emotions_focused, theme)
            } else {
                Span::raw("  ")
            },
            if first {
                short_label("Emotions", emotions_focused, theme)
            } else {
                Span::raw(" ".repeat(WORD_LABEL))
            },
            Span::styled(format!("{:<11}", group.name), theme.muted),
        ];
        for word in &group.words {
            spans.push(chip(
                word,
                screen.values.emotions.contains(word),
                emotions_focused && screen.chip == index,
                theme,
            ));
            index += 1;
        }
        lines.push(Line::from(spans));
    }
    for (row, title) in [(Row::Contexts, "With"), (Row::Behaviours, "Did you")] {
        let focused = current == row;
        let mut spans = vec![
            marker(focused, theme),
            short_label(title, focused, theme),
            Span::raw(" ".repeat(11)),
        ];
        let chosen = match row {
            Row::Contexts => &screen.values.contexts,
            _ => &screen.values.behaviours,
        };
        for (n, (id, text)) in screen.words(row).iter().enumerate() {
            spans.push(chip(
                text,
                chosen.contains(id),
                focused && screen.chip == n,
                theme,
            ));
        }
        lines.push(Line::from(spans));
    }
    let note_focused = current == Row::Note;
    let [list, note_row, _, status] = Layout::vertical([
        Constraint::Length(u16::try_from(lines.len()).unwrap_or(u16::MAX)),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(lines), list);

    let [note_label, note_field] = Layout::horizontal([
        Constraint::Length(WORD_LABEL as u16 + 2),
        Constraint::Fill(1),
    ])
    .areas(note_row);
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            marker(note_focused, theme),
            short_label("Note", note_focused, theme),
        ])),
        note_label,
    );
    frame.render_widget(&screen.note, note_field);

    let mut summary = Vec::new();
    if screen.saved {
        summary.push(Span::styled("✓ Saved. ", theme.accent));
    }
    summary.push(Span::styled(
        match screen.today.len() {
            0 => "No check-ins yet today.".to_string(),
            n => format!(
                "{n} today, latest at {}. e edits it, n starts a new one.",
                checkin::latest(&screen.today)
                    .map_or(String::new(), |c| c.created_at.format("%H:%M").to_string())
            ),
        },
        theme.muted,
    ));
    frame.render_widget(
        Paragraph::new(Line::from(summary)).wrap(Wrap { trim: true }),
        status,
    );
}

fn marker(focused: bool, theme: &Theme) -> Span<'static> {
    if focused {
        Span::styled("▸ ", theme.key)
    } else {
        Span::raw("  ")
    }
}

fn label(text: &str, focused: bool, theme: &Theme) -> Span<'static> {
    Span::styled(
        format!("{text:<LABEL$}"),
        if focused { theme.title } else { theme.text },
    )
}

fn short_label(text: &str, focused: bool, theme: &Theme) -> Span<'static> {
    Span::styled(
        format!("{text:<WORD_LABEL$}"),
        if focused { theme.title } else { theme.text },
    )
}

/// A word: marked when picked, highlighted under the cursor.
fn chip(text: &str, picked: bool, cursor: bool, theme: &Theme) -> Span<'static> {
    let style = match (picked, cursor) {
        (_, true) => theme.selected,
        (true, false) => theme.accent,
        (false, false) => theme.text,
    };
    let mark = if picked { "✓" } else { " " };
    Span::styled(format!("{mark}{text} "), style)
}
