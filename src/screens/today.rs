//! Today, the home screen: the date, today's prompt, and where each part of today's
//! practice stands. Every other screen is one key away.

use chrono::{NaiveDateTime, Timelike};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, Key};
use crate::domain::reflection::{Prompt, REFLECTION, word_count};
use crate::domain::scoring;
use crate::store::StoreResult;
use crate::theme::Theme;
use crate::widgets::panel;

const BINDINGS: &[Binding] = &[Binding::new(
    &[Key::char('w'), Key::plain(KeyCode::Enter)],
    Action::StartWriting,
    "Write today's reflection",
)
.hint("write")];

/// What Today shows, loaded from the journal.
#[derive(Debug, Clone, Default)]
pub struct TodayView {
    pub now: NaiveDateTime,
    pub prompt: Option<Prompt>,
    /// Words saved in reflections today.
    pub words_today: Option<usize>,
    /// Words in an unsaved draft, and when it was last written.
    pub draft: Option<(usize, NaiveDateTime)>,
    /// The latest assessment, already worded: "2 November, leaning secure.".
    pub assessment: Option<String>,
}

#[derive(Default)]
pub struct TodayScreen {
    view: TodayView,
}

impl Screen for TodayScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Today
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        vec![BINDINGS]
    }

    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        let today = ctx.now.date();
        let latest = ctx.journal.assessment_results(None)?.pop();
        let assessment = latest.map(|r| {
            let leaning = ctx
                .content
                .instrument(&r.instrument_id)
                .map(|i| scoring::region(&i.scale, r.scores.anxiety(), r.scores.avoidance()))
                .map_or("", |region| region.leaning());
            format!("{}, {leaning}.", r.completed_at.format("%-d %B"))
        });
        let reflections: Vec<usize> = ctx
            .journal
            .entries_on(today)?
            .iter()
            .filter(|e| e.kind == REFLECTION)
            .map(|e| e.word_count)
            .collect();
        self.view = TodayView {
            now: ctx.now,
            prompt: ctx
                .journal
                .prompt_choices(today)?
                .last()
                .and_then(|id| ctx.content.prompt(id))
                .cloned(),
            words_today: (!reflections.is_empty()).then(|| reflections.iter().sum()),
            draft: ctx
                .journal
                .draft(REFLECTION)?
                .map(|d| (word_count(&d.body), d.updated_at)),
            assessment,
        };
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        match action {
            Action::StartWriting => Some(Command::Write),
            _ => None,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let view = &self.view;
        let date = view.now.format("%A %-d %B %Y").to_string();
        let block = panel::block(&date, theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);

        let mut top = vec![
            Line::styled(greeting_for(view.now), theme.text),
            Line::raw(""),
        ];
        if let Some(prompt) = &view.prompt {
            top.push(Line::styled("Today's prompt", theme.muted));
            top.push(Line::styled(prompt.text.clone(), theme.title));
        }
        let top = Paragraph::new(top).wrap(Wrap { trim: true });
        let top_height = u16::try_from(top.line_count(inner.width)).unwrap_or(2);
        let [top_area, _, rows] = Layout::vertical([
            Constraint::Length(top_height),
            Constraint::Length(1),
            Constraint::Fill(1),
        ])
        .areas(inner);
        frame.render_widget(top, top_area);

        let reflection = match (view.words_today, view.draft) {
            (_, Some((words, at))) => format!(
                "✎ Unsaved draft from {} ({words} words). w continues it.",
                at.format("%H:%M")
            ),
            (Some(words), None) => format!("✓ Written today: {words} words."),
            (None, None) => "Not written yet today.".to_string(),
        };
        let assessment = view
            .assessment
            .as_deref()
            .unwrap_or("Not taken yet. It takes about five minutes.");
        let sections: [(&str, &str, &str); 5] = [
            ("Reflection", &reflection, "w"),
            ("Check-in", "No check-in yet today.", "c"),
            (
                "Practice",
                "Browse exercises for repair and asking for what you need.",
                "p",
            ),
            ("Assessment", assessment, "a"),
            (
                "Trend",
                "Your felt-security trend appears here after a few check-ins.",
                "g",
            ),
        ];
        let lines: Vec<Line> = sections
            .iter()
            .flat_map(|(name, status, key)| {
                [
                    Line::from(vec![
                        Span::styled(format!("{name:<12}"), theme.title),
                        Span::styled(format!("[{key}] "), theme.key),
                        Span::styled(status.to_string(), theme.text),
                    ]),
                    Line::raw(""),
                ]
            })
            .collect();
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), rows);
    }
}

fn greeting_for(now: NaiveDateTime) -> &'static str {
    match now.hour() {
        5..=11 => "Good morning. What would help you feel grounded today?",
        12..=17 => "Good afternoon. A few quiet minutes for yourself?",
        18..=22 => "Good evening. How did today leave you feeling?",
        _ => "Still up? Be gentle with yourself tonight.",
    }
}
