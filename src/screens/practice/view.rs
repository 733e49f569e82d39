//! Drawing a step of an exercise, the summary at the end, and the follow-up questions.

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::run::Run;
use crate::domain::practice::{self, Answer, Exercise, PracticeSession, StepKind};
use crate::theme::Theme;
use crate::widgets::editor::Editor;
use crate::widgets::{hint_bar, panel, scale};

pub(super) fn run(run: &Run, now: NaiveDateTime, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
    let exercise = &run.exercise;
    let step = &exercise.steps[run.step];
    let count = exercise.steps.len();
    let block = panel::block(
        &format!("{} · step {} of {count}", exercise.title, run.step + 1),
        theme,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);

    let guidance =
        Paragraph::new(Line::styled(step.guidance.clone(), theme.title)).wrap(Wrap { trim: true });
    let guidance_height = u16::try_from(guidance.line_count(inner.width)).unwrap_or(2);
    let [progress, _, guide, _, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(guidance_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(inner);
    let done = run.session.answers.len().min(count);
    scale::progress(frame, progress, done, count, "steps saved", theme);
    frame.render_widget(guidance, guide);

    match &step.kind {
        StepKind::Text => text(run, body, frame, theme),
        StepKind::Rating { low, high, .. } => {
            let value = run.number;
            let mut spans = vec![Span::styled(
                value.map_or(" –  ".to_string(), |v| format!("{v:>2}  ")),
                theme.accent,
            )];
            spans.extend(scale::bar(value, theme));
            spans.push(Span::styled(format!("   0 {low} · 10 {high}"), theme.muted));
            let lines = vec![
                Line::from(spans),
                Line::raw(""),
                Line::styled("Type 0–9 (→ for 10), or ← → then Enter.", theme.muted),
            ];
            frame.render_widget(Paragraph::new(lines), body);
        }
        StepKind::Choice { options } => {
            let lines: Vec<Line> = options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    let style = if i == run.choice {
                        theme.selected
                    } else {
                        theme.text
                    };
                    Line::from(vec![
                        Span::styled(format!(" {} ", i + 1), theme.key.patch(style)),
                        Span::styled(format!(" {option} "), style),
                    ])
                })
                .collect();
            frame.render_widget(Paragraph::new(lines), body);
        }
        StepKind::Timer { write, .. } => {
            let left = run.remaining(now).unwrap_or(0);
            let clock = if left == 0 {
                "Time is up. Take your time to finish; Enter (or Ctrl-S while writing) goes on."
                    .to_string()
            } else {
                format!("⏱ {}:{:02} left", left / 60, left % 60)
            };
            let [timer, rest] =
                Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(body);
            frame.render_widget(Paragraph::new(Line::styled(clock, theme.accent)), timer);
            if *write {
                text(run, rest, frame, theme);
            }
        }
    }
}

fn text(run: &Run, area: Rect, frame: &mut Frame<'_>, theme: &Theme) {
    let Some(editor) = &run.editor else {
        return;
    };
    let [field, status] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    frame.render_widget(&editor.text, field);
    let hint = if run.writing {
        format!(
            "{} words · Ctrl-S saves this step and goes on · Esc steps out",
            editor.words()
        )
    } else {
        "Enter writes · ← → move between steps · Esc pauses".to_string()
    };
    frame.render_widget(
        Paragraph::new(Line::styled(hint, theme.muted)).right_aligned(),
        status,
    );
}

pub(super) fn summary(
    session: &PracticeSession,
    exercise: &Exercise,
    frame: &mut Frame<'_>,
    area: Rect,
    theme: &Theme,
) {
    let block = panel::block(&format!("{} · done", exercise.title), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::styled(
        "Well done for taking the time. Here is what you wrote.",
        theme.accent,
    )];
    if let Some((before, after)) = practice::intensity_change(exercise, &session.answers) {
        let word = match after.cmp(&before) {
            std::cmp::Ordering::Less => "down",
            std::cmp::Ordering::Greater => "up",
            std::cmp::Ordering::Equal => "unchanged",
        };
        lines.push(Line::from(vec![
            Span::styled("Intensity ", theme.title),
            Span::styled(format!("{before} → {after} ({word})"), theme.accent),
        ]));
    }
    lines.push(Line::raw(""));
    for step in &exercise.steps {
        let answer = match (session.answers.get(&step.id), &step.kind) {
            (Some(Answer::Number(n)), _) => format!("{n}/10"),
            (
                Some(Answer::Text(t)),
                StepKind::Timer {
                    write: false,
                    seconds,
                },
            ) if t.is_empty() => {
                format!("({}:{:02} timed)", seconds / 60, seconds % 60)
            }
            (Some(Answer::Text(t)), _) if t.trim().is_empty() => "(left blank)".to_string(),
            (Some(Answer::Text(t)), _) => t.clone(),
            (None, _) => "(skipped)".to_string(),
        };
        let first_sentence: String = step
            .guidance
            .split(['.', '?', ':'])
            .next()
            .unwrap_or_default()
            .chars()
            .take(70)
            .collect();
        lines.push(Line::styled(first_sentence, theme.muted));
        lines.push(Line::styled(format!("  {answer}"), theme.text));
    }
    if exercise.plans_action {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "From tomorrow, securebase will ask how it went.",
            theme.accent,
        ));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

#[allow(clippy::too_many_arguments)]
pub(super) fn follow_up(
    title: &str,
    session: &PracticeSession,
    asking_tried: bool,
    asking_rating: bool,
    editor: &Editor,
    frame: &mut Frame<'_>,
    area: Rect,
    theme: &Theme,
) {
    let block = panel::block(&format!("How did it go? · {title}"), theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let when = session
        .completed_at
        .map_or(String::new(), |d| d.format("%A %-d %B").to_string());
    let mut lines = vec![
        Line::styled(
            format!("On {when} you planned something in “{title}”."),
            theme.text,
        ),
        Line::raw(""),
    ];
    if asking_tried {
        lines.push(Line::styled("Did you try it?", theme.title));
        lines.push(hint_bar::options(
            &[
                ("y", "yes"),
                ("n", "not yet"),
                ("x", "stop asking"),
                ("Esc", "later"),
            ],
            theme,
        ));
    } else if asking_rating {
        lines.push(Line::styled("How did it go, from 1 to 5?", theme.title));
        lines.push(Line::styled(
            "1 badly · 2 not well · 3 so-so · 4 well · 5 very well",
            theme.muted,
        ));
    } else {
        lines.push(Line::styled(
            "What did you learn? (Ctrl-S saves; a line is plenty.)",
            theme.title,
        ));
    }
    let [top, field] = Layout::vertical([Constraint::Length(5), Constraint::Fill(1)]).areas(inner);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), top);
    if !asking_tried && !asking_rating {
        frame.render_widget(&editor.text, field);
    }
}
