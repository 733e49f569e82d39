//! Today, the home screen: the date, and where each part of today's practice stands.

use chrono::{NaiveDateTime, Timelike};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, Key};
use crate::domain::scoring;
use crate::store::StoreResult;
use crate::theme::Theme;
use crate::widgets::panel;

const BINDINGS: &[Binding] = &[Binding::new(
    &[
        Key::char('w'),
        Key::plain(ratatui::crossterm::event::KeyCode::Enter),
    ],
    Action::StartWriting,
    "Write today's reflection",
)
.hint("write")];

/// What Today shows, loaded from the journal.
#[derive(Debug, Clone, Default)]
pub struct TodayView {
    pub now: NaiveDateTime,
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
        let latest = ctx.journal.assessment_results(None)?.pop();
        let assessment = latest.map(|r| {
            let leaning = ctx
                .content
                .instrument(&r.instrument_id)
                .map(|i| scoring::region(&i.scale, r.scores.anxiety(), r.scores.avoidance()))
                .map_or("", |region| region.leaning());
            format!("{}, {leaning}.", r.completed_at.format("%-d %B"))
        });
        self.view = TodayView {
            now: ctx.now,
            assessment,
        };
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        match action {
            Action::StartWriting => Some(Command::GoTo(ScreenId::Reflect)),
            _ => None,
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let date = self.view.now.format("%A %-d %B %Y").to_string();
        let block = panel::block(&date, theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);

        let [greeting, rows] =
            Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(inner);
        frame.render_widget(
            Paragraph::new(Line::styled(greeting_for(self.view.now), theme.text)),
            greeting,
        );

        let assessment = self
            .view
            .assessment
            .as_deref()
            .unwrap_or("Not taken yet. It takes about five minutes.");
        let sections: [(&str, &str, &str); 5] = [
            (
                "Reflection",
                "Not written yet today. A prompt will be waiting for you.",
                "w",
            ),
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
                        Span::styled(*status, theme.text),
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
