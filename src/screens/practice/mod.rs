//! Practice: a library of guided exercises grouped by purpose with suggestions on top,
//! a runner that saves each step as it is completed (so quitting resumes later), a
//! summary, and a follow-up on planned actions a day or more later.

mod follow_up;
mod keys;
mod library;
mod run;
mod view;

use std::rc::Rc;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, DIGITS};
use crate::content::Content;
use crate::daily;
use crate::domain::practice::{self, PracticeSession};
use crate::store::StoreResult;
use crate::theme::Theme;
use follow_up::{FollowUpForm, FollowUpStage, Outcome};
use keys::{CONFIRM_KEYS, LIBRARY_KEYS, NOT_SAFE_KEYS, STEP_KEYS, SUMMARY_KEYS, WRITING_KEYS};
use run::Run;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Mode {
    #[default]
    Library,
    /// Before an exercise with a partner: is the relationship free of fear and violence?
    Safety,
    /// The answer was no: support, not a couples exercise.
    NotSafe,
    Running,
    /// The answers of the session just completed.
    Summary,
    FollowUp,
}

#[derive(Default)]
pub struct PracticeScreen {
    content: Option<Rc<Content>>,
    theme: Option<Theme>,
    now: NaiveDateTime,
    mode: Mode,
    /// The exercise highlighted in the library (index into `library_order`).
    selected: usize,
    unfinished: Option<PracticeSession>,
    /// Ids of suggested exercises with the reason.
    suggested: Vec<(String, &'static str)>,
    /// Completed sessions waiting for a follow-up, oldest first.
    due: Vec<PracticeSession>,
    completed_today: Vec<String>,
    run: Option<Run>,
    /// The session whose summary is shown.
    summary: Option<PracticeSession>,
    confirm_discard: bool,
    follow_up: Option<FollowUpForm>,
}

impl PracticeScreen {
    fn theme(&self) -> Theme {
        self.theme.clone().unwrap_or_else(Theme::plain)
    }

    fn content(&self) -> Option<&Content> {
        self.content.as_deref()
    }

    /// The library in the order it is shown: suggested first, then by purpose.
    fn library_order(&self) -> Vec<String> {
        let Some(content) = self.content() else {
            return Vec::new();
        };
        let mut order: Vec<String> = self.suggested.iter().map(|(id, _)| id.clone()).collect();
        for (purpose, _) in practice::PURPOSES {
            for e in content.exercises.iter().filter(|e| e.purpose == *purpose) {
                order.push(e.id.clone());
            }
        }
        order
    }

    fn start(&mut self, exercise_id: String) -> Option<Command> {
        self.mode = Mode::Running;
        Some(Command::StartPractice { exercise_id })
    }

    fn handle_library(&mut self, action: Action) -> Option<Command> {
        if self.confirm_discard {
            self.confirm_discard = false;
            let session = self.unfinished.as_ref()?;
            return (action == Action::Yes).then_some(Command::DiscardPractice {
                session_id: session.id,
            });
        }
        let order = self.library_order();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(order.len().saturating_sub(1)),
            Action::Discard if self.unfinished.is_some() => self.confirm_discard = true,
            Action::FollowUp => self.open_follow_up(),
            Action::Confirm => {
                if let Some(session) = self.unfinished.clone() {
                    let exercise = self.content()?.exercise(&session.exercise_id)?.clone();
                    self.run = Some(Run::new(session, exercise, self.now, &self.theme()));
                    self.mode = Mode::Running;
                    return None;
                }
                let id = order.get(self.selected)?.clone();
                let exercise = self.content()?.exercise(&id)?;
                if exercise.involves_partner {
                    self.mode = Mode::Safety;
                    return None;
                }
                return self.start(id);
            }
            _ => {}
        }
        None
    }

    fn open_follow_up(&mut self) {
        if let Some(session) = self.due.first().cloned() {
            self.follow_up = Some(FollowUpForm::new(session, self.now, &self.theme()));
            self.mode = Mode::FollowUp;
        }
    }
}

impl Screen for PracticeScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Practice
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        match self.mode {
            Mode::Library if self.confirm_discard => vec![&CONFIRM_KEYS[..2]],
            Mode::Library => vec![LIBRARY_KEYS],
            Mode::Safety => vec![CONFIRM_KEYS],
            Mode::NotSafe => vec![NOT_SAFE_KEYS],
            Mode::Summary => vec![SUMMARY_KEYS],
            Mode::Running => match &self.run {
                Some(run) if run.writing => vec![WRITING_KEYS],
                Some(run) => match &run.exercise.steps[run.step].kind {
                    practice::StepKind::Rating { .. } => vec![&DIGITS[..], STEP_KEYS],
                    practice::StepKind::Choice { options } => {
                        vec![&DIGITS[1..=options.len()], STEP_KEYS]
                    }
                    _ => vec![STEP_KEYS],
                },
                None => vec![LIBRARY_KEYS],
            },
            Mode::FollowUp => match &self.follow_up {
                Some(form) => form.bindings(),
                None => vec![LIBRARY_KEYS],
            },
        }
    }

    fn is_editing(&self) -> bool {
        match self.mode {
            Mode::Running => self.run.as_ref().is_some_and(|r| r.writing),
            Mode::FollowUp => self
                .follow_up
                .as_ref()
                .is_some_and(FollowUpForm::is_editing),
            _ => false,
        }
    }

    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        self.content = Some(Rc::clone(ctx.content));
        self.theme = Some(ctx.theme.clone());
        self.now = ctx.now;
        let today = ctx.now.date();
        let content = ctx.content;
        self.unfinished = ctx.journal.unfinished_practice()?;
        let state = daily::practice_today(ctx.journal, content, today)?;
        self.due = state.due;
        self.completed_today = state.done_today;
        self.suggested = state.suggested;
        self.selected = self
            .selected
            .min(self.library_order().len().saturating_sub(1));

        // Keep the run in step with the journal: a new session, a resumed one, or done.
        if self.mode == Mode::Running {
            match (&self.unfinished, self.run.as_ref().map(|r| r.session.id)) {
                (Some(session), Some(id)) if session.id == id => {}
                (Some(session), _) => {
                    let exercise = content.exercise(&session.exercise_id).cloned();
                    self.run = exercise.map(|e| Run::new(session.clone(), e, ctx.now, ctx.theme));
                }
                (None, Some(id)) => {
                    self.summary = ctx.journal.practice_session(id)?;
                    self.run = None;
                    self.mode = if self.summary.is_some() {
                        Mode::Summary
                    } else {
                        Mode::Library
                    };
                }
                (None, None) => self.mode = Mode::Library,
            }
        }
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        let theme = self.theme();
        match self.mode {
            Mode::Library => self.handle_library(action),
            Mode::Safety => match action {
                Action::Yes => {
                    let id = self.library_order().get(self.selected)?.clone();
                    self.start(id)
                }
                Action::No => {
                    self.mode = Mode::NotSafe;
                    None
                }
                _ => {
                    self.mode = Mode::Library;
                    None
                }
            },
            Mode::NotSafe => {
                self.mode = Mode::Library;
                (action == Action::Confirm).then_some(Command::GoTo(ScreenId::Support))
            }
            Mode::Summary => {
                self.mode = Mode::Library;
                self.summary = None;
                None
            }
            Mode::Running => {
                let run = self.run.as_mut()?;
                if action == Action::Cancel && !run.writing {
                    let keep = run.keep_current();
                    self.run = None;
                    self.mode = Mode::Library;
                    return keep;
                }
                run.handle(action, self.now, &theme)
            }
            Mode::FollowUp => match self.follow_up.as_mut()?.handle(action, self.now) {
                Outcome::Stay => None,
                Outcome::Close(command) => {
                    self.follow_up = None;
                    self.mode = Mode::Library;
                    command
                }
            },
        }
    }

    fn input(&mut self, key: KeyEvent) -> Option<Command> {
        match self.mode {
            Mode::Running => self.run.as_mut()?.input(key),
            Mode::FollowUp => self.follow_up.as_mut()?.input(key),
            _ => {}
        }
        None
    }

    fn tick(&mut self, now: NaiveDateTime, _idle: bool) -> Option<Command> {
        self.now = now;
        None
    }

    fn before_leaving(&mut self) -> Option<Command> {
        let keep = self.run.as_mut()?.keep_current();
        if self.mode == Mode::Running {
            self.run = None;
            self.mode = Mode::Library;
        }
        keep
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        match self.mode {
            Mode::Library | Mode::Safety | Mode::NotSafe => {
                library::render(self, frame, area, theme)
            }
            Mode::Running => match &self.run {
                Some(run) => view::run(run, self.now, frame, area, theme),
                None => library::render(self, frame, area, theme),
            },
            Mode::Summary => match (&self.summary, self.content()) {
                (Some(s), Some(c)) => match c.exercise(&s.exercise_id) {
                    Some(e) => view::summary(s, e, frame, area, theme),
                    None => library::render(self, frame, area, theme),
                },
                _ => library::render(self, frame, area, theme),
            },
            Mode::FollowUp => match (&self.follow_up, self.content()) {
                (Some(form), Some(c)) => {
                    let session = &form.session;
                    let title = c
                        .exercise(&session.exercise_id)
                        .map_or(session.exercise_id.as_str(), |e| e.title.as_str());
                    view::follow_up(
                        title,
                        session,
                        form.stage == FollowUpStage::Tried,
                        form.stage == FollowUpStage::Rating,
                        &form.editor,
                        frame,
                        area,
                        theme,
                    )
                }
                _ => library::render(self, frame, area, theme),
            },
        }
    }
}
