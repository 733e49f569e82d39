//! Today, the home screen: the date, today's prompt, and where each part of today's
//! practice stands. Every other screen is one key away.

use chrono::{NaiveDateTime, Timelike};
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Sparkline, Wrap};

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, Key};
use crate::daily;
use crate::domain::reflection::{Prompt, REFLECTION, word_count};
use crate::domain::{checkin, scoring};
use crate::store::StoreResult;
use crate::theme::Theme;
use crate::widgets::panel;

const BINDINGS: &[Binding] = &[Binding::new(
    &[Key::char('w'), Key::plain(KeyCode::Enter)],
    Action::StartWriting,
    "Write today's reflection",
)
.hint("write")];

/// Only while a practised exercise waits for its follow-up.
const FOLLOW_UP_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::char('f')],
        Action::FollowUp,
        "Say how the planned practice went",
    )
    .hint("follow up"),
    Binding::new(&[Key::char('x')], Action::Discard, "Dismiss the follow-up"),
];

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
    /// Check-ins today, and the time and felt security of the latest.
    pub checkins_today: usize,
    pub latest_checkin: Option<(NaiveDateTime, Option<u8>)>,
    /// Felt security, daily means of the last 14 days, oldest first; gaps stay gaps.
    pub security_trend: Vec<Option<f64>>,
    /// What the Practice row says, and the session waiting for a follow-up.
    pub practice: String,
    pub follow_up: Option<i64>,
}

/// The check-in item the trend follows, and how many days it shows.
const TREND_ITEM: &str = "security";
const TREND_DAYS: u32 = 14;

#[derive(Default)]
pub struct TodayScreen {
    view: TodayView,
}

impl Screen for TodayScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Today
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        if self.view.follow_up.is_some() {
            vec![BINDINGS, FOLLOW_UP_KEYS]
        } else {
            vec![BINDINGS]
        }
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
        let checkins = ctx.journal.checkins_between(
            today - chrono::Duration::days(i64::from(TREND_DAYS) - 1),
            today,
        )?;
        let todays: Vec<_> = checkins
            .iter()
            .filter(|c| c.day == today)
            .cloned()
            .collect();
        let practice_state = daily::practice_today(ctx.journal, ctx.content, today)?;
        let title = |id: &str| {
            ctx.content
                .exercise(id)
                .map_or(id.to_string(), |e| e.title.clone())
        };
        let unfinished = ctx.journal.unfinished_practice()?;
        let practice = if let Some(s) = practice_state.due.first() {
            format!(
                "↻ How did “{}” go? f answers, x dismisses.",
                title(&s.exercise_id)
            )
        } else if let Some(s) = unfinished {
            format!(
                "▶ “{}” is waiting where you left it.",
                title(&s.exercise_id)
            )
        } else if let Some(id) = practice_state.done_today.last() {
            format!("✓ Practised today: {}.", title(id))
        } else if let Some((id, _)) = practice_state.suggested.first() {
            format!("Suggested: {}.", title(id))
        } else {
            "Browse exercises for repair and asking for what you need.".to_string()
        };
        self.view = TodayView {
            checkins_today: todays.len(),
            latest_checkin: checkin::latest(&todays)
                .map(|c| (c.created_at, c.values.values.get(TREND_ITEM).copied())),
            security_trend: checkin::series(&checkins, TREND_ITEM, today, TREND_DAYS),
            practice,
            follow_up: practice_state.due.first().map(|s| s.id),
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
            Action::FollowUp => Some(Command::OpenFollowUp),
            Action::Discard => Some(Command::DismissFollowUp {
                session_id: self.view.follow_up?,
            }),
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
        let checkin_status = match view.latest_checkin {
            Some((at, security)) => format!(
                "✓ {} today, latest at {}{}.",
                view.checkins_today,
                at.format("%H:%M"),
                security.map_or(String::new(), |s| format!(", felt security {s}/10"))
            ),
            None => "No check-in yet today. It takes half a minute.".to_string(),
        };
        let assessment = view
            .assessment
            .as_deref()
            .unwrap_or("Not taken yet. It takes about five minutes.");
        let sections: [(&str, &str, &str); 5] = [
            ("Reflection", &reflection, "w"),
            ("Check-in", &checkin_status, "c"),
            ("Practice", &view.practice, "p"),
            ("Assessment", assessment, "a"),
            ("Trend", "", "g"),
        ];
        // Each section gets its own rows, as many as its text needs at this width, so a
        // long line wraps without pushing the trend out of place.
        const LABEL_WIDTH: u16 = 16;
        let label = |name: &str, key: &str| {
            Line::from(vec![
                Span::styled(format!("{name:<12}"), theme.title),
                Span::styled(format!("[{key}] "), theme.key),
            ])
        };
        let text_width = rows.width.saturating_sub(LABEL_WIDTH).max(1);
        let paragraphs: Vec<Paragraph> = sections
            .iter()
            .map(|(_, status, _)| {
                Paragraph::new(Line::styled(status.to_string(), theme.text))
                    .wrap(Wrap { trim: true })
            })
            .collect();
        let heights: Vec<Constraint> = paragraphs
            .iter()
            .flat_map(|p| {
                let h = u16::try_from(p.line_count(text_width)).unwrap_or(1).max(1);
                [Constraint::Length(h), Constraint::Length(1)]
            })
            .collect();
        let areas = Layout::vertical(heights).split(rows);
        let mut trend_row = Rect::default();
        for (n, ((name, _, key), paragraph)) in sections.iter().zip(paragraphs).enumerate() {
            let [label_area, text_area] =
                Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)])
                    .areas(areas[n * 2]);
            frame.render_widget(Paragraph::new(label(name, key)), label_area);
            if *name == "Trend" {
                trend_row = text_area;
            } else {
                frame.render_widget(paragraph, text_area);
            }
        }
        if trend_row.height == 0 {
            return;
        }
        let trend_row = Rect {
            height: 1,
            ..trend_row
        };
        let days_with_data = view.security_trend.iter().flatten().count();
        if days_with_data == 0 {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    "Your felt-security trend appears here after a few check-ins.",
                    theme.text,
                )),
                trend_row,
            );
            return;
        }
        let [spark, caption] =
            Layout::horizontal([Constraint::Length(TREND_DAYS as u16), Constraint::Fill(1)])
                .areas(trend_row);
        let bars: Vec<Option<u64>> = view
            .security_trend
            .iter()
            .map(|v| v.map(|v| v.round() as u64))
            .collect();
        frame.render_widget(
            Sparkline::default()
                .data(bars)
                .max(u64::from(checkin::MAX))
                .absent_value_symbol("·")
                .absent_value_style(theme.muted)
                .style(theme.accent),
            spark,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!("  felt security, {TREND_DAYS} days ({days_with_data} with data)"),
                theme.muted,
            )),
            caption,
        );
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
