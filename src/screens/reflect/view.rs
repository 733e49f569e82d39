//! Drawing Reflect: the overview with today's prompt, and the writing view.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::ReflectScreen;
use crate::domain::reflection::{Prompt, word_count};
use crate::theme::Theme;
use crate::widgets::editor::{Editor, Focus};
use crate::widgets::{hint_bar, panel};

/// The prompt, its follow-up questions and its note, as lines.
fn prompt_lines(prompt: &Prompt, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(prompt.text.clone(), theme.title)];
    for question in &prompt.follow_ups {
        lines.push(Line::from(vec![
            Span::styled("  · ", theme.accent),
            Span::styled(question.clone(), theme.text),
        ]));
    }
    if let Some(note) = &prompt.note {
        lines.push(Line::styled(note.clone(), theme.muted));
    }
    lines
}

pub(super) fn overview(screen: &ReflectScreen, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let block = panel::block("Reflect", theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let mut lines = Vec::new();
    match &screen.prompt {
        Some(prompt) => {
            lines.push(Line::styled(
                format!("Today's prompt · {}", prompt.theme.replace('-', " ")),
                theme.muted,
            ));
            lines.push(Line::raw(""));
            lines.extend(prompt_lines(prompt, theme));
        }
        None => lines.push(Line::styled(
            "No prompts are installed; free writing is always open.",
            theme.muted,
        )),
    }
    lines.push(Line::raw(""));
    lines.push(hint_bar::options(
        &[
            ("Enter", "write"),
            ("n", "another prompt"),
            ("x", "skip"),
            ("f", "free writing"),
        ],
        theme,
    ));
    lines.push(Line::raw(""));

    if let Some(draft) = &screen.draft {
        let words = word_count(&draft.body);
        lines.push(Line::from(vec![
            Span::styled("✎ Unsaved draft ", theme.accent),
            Span::styled(
                format!(
                    "from {} ({words} words). Enter continues it; d discards it.",
                    draft.updated_at.format("%-d %b, %H:%M")
                ),
                theme.text,
            ),
        ]));
        if screen.confirm_discard {
            lines.push(Line::styled(
                "Discard this draft? y discards, n keeps it.",
                theme.urgent,
            ));
        }
        let preview: String = draft
            .body
            .split_whitespace()
            .take(24)
            .collect::<Vec<_>>()
            .join(" ");
        lines.push(Line::styled(format!("  “{preview}…”"), theme.muted));
        lines.push(Line::raw(""));
    }
    if screen.saved_today.is_empty() {
        lines.push(Line::styled("Nothing saved today yet.", theme.muted));
    } else {
        let words: usize = screen.saved_today.iter().map(|e| e.word_count).sum();
        let n = screen.saved_today.len();
        lines.push(Line::from(vec![
            Span::styled("✓ Saved today: ", theme.accent),
            Span::styled(
                format!(
                    "{n} {}, {words} words.",
                    if n == 1 { "entry" } else { "entries" }
                ),
                theme.text,
            ),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub(super) fn editor(
    screen: &ReflectScreen,
    editor: &Editor,
    frame: &mut Frame<'_>,
    area: Rect,
    theme: &Theme,
) {
    let minutes = (screen.now - editor.opened_at).num_seconds().max(0);
    let title = format!(
        "Reflect · {} words · {}:{:02}",
        editor.words(),
        minutes / 60,
        minutes % 60
    );
    let block = panel::block(&title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let prompt = editor
        .prompt_id
        .as_deref()
        .and_then(|id| screen.prompt_by_id(id));
    let header = match (prompt, &editor.prompt_id) {
        (Some(p), _) => Paragraph::new(prompt_lines(p, theme)).wrap(Wrap { trim: true }),
        // A prompt from a content file that has since been removed.
        (None, Some(id)) => Paragraph::new(Line::styled(
            format!("Writing to prompt '{id}'."),
            theme.muted,
        )),
        (None, None) => Paragraph::new(Line::styled("Free writing", theme.muted)),
    };
    let header_height = u16::try_from(header.line_count(inner.width))
        .unwrap_or(1)
        .min(inner.height / 3);
    let [head, rule, body, tags, status] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    frame.render_widget(header, head);
    frame.render_widget(
        Paragraph::new(Line::styled(
            "─".repeat(usize::from(rule.width)),
            theme.border,
        )),
        rule,
    );
    frame.render_widget(&editor.text, body);

    let [label, field] =
        Layout::horizontal([Constraint::Length(6), Constraint::Fill(1)]).areas(tags);
    let label_style = if editor.focus == Focus::Tags {
        theme.key
    } else {
        theme.muted
    };
    frame.render_widget(Paragraph::new(Span::styled("Tags ", label_style)), label);
    frame.render_widget(&editor.tags, field);

    let saved = match editor.last_saved {
        Some(at) if !editor.dirty => format!("draft saved {}", at.format("%H:%M:%S")),
        Some(_) | None if editor.dirty => "saving draft…".to_string(),
        _ => "draft kept safe as you type".to_string(),
    };
    frame.render_widget(
        Paragraph::new(Line::styled(saved, theme.muted)).right_aligned(),
        status,
    );
}
