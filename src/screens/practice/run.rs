//! One exercise being worked through: the current step and the answer being given.

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyEvent;

use crate::app::Command;
use crate::app::keymap::Action;
use crate::domain::checkin;
use crate::domain::practice::{Answer, Exercise, PracticeSession, StepKind};
use crate::theme::Theme;
use crate::widgets::editor::Editor;

pub struct Run {
    pub session: PracticeSession,
    pub exercise: Exercise,
    pub step: usize,
    /// The answer being given on this step.
    pub editor: Option<Editor>,
    pub number: Option<u8>,
    pub choice: usize,
    /// Whether keys go into the text (text and writing-timer steps start that way).
    pub writing: bool,
    /// When the current step was opened, for timers.
    pub opened_at: NaiveDateTime,
}

impl Run {
    pub fn new(
        session: PracticeSession,
        exercise: Exercise,
        now: NaiveDateTime,
        theme: &Theme,
    ) -> Run {
        let step = session.position.min(exercise.steps.len() - 1);
        let mut run = Run {
            session,
            exercise,
            step,
            editor: None,
            number: None,
            choice: 0,
            writing: false,
            opened_at: now,
        };
        run.open_step(now, theme);
        run
    }

    /// Prepares the working answer of the current step from what is stored.
    fn open_step(&mut self, now: NaiveDateTime, theme: &Theme) {
        let step = &self.exercise.steps[self.step];
        let stored = self.session.answers.get(&step.id);
        self.opened_at = now;
        self.number = match stored {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        };
        self.choice = match (&step.kind, stored) {
            (StepKind::Choice { options }, Some(Answer::Text(t))) => {
                options.iter().position(|o| o == t).unwrap_or(0)
            }
            _ => 0,
        };
        let takes_text = matches!(
            step.kind,
            StepKind::Text | StepKind::Timer { write: true, .. }
        );
        self.editor = takes_text.then(|| {
            let body = match stored {
                Some(Answer::Text(t)) => t.as_str(),
                _ => "",
            };
            Editor::new(None, body, "", now, now, theme)
        });
        self.writing = takes_text;
    }

    pub fn is_last(&self) -> bool {
        self.step + 1 == self.exercise.steps.len()
    }

    /// The answer as it stands, if the step has one yet.
    pub fn answer(&self) -> Option<Answer> {
        match &self.exercise.steps[self.step].kind {
            StepKind::Text | StepKind::Timer { write: true, .. } => Some(Answer::Text(
                self.editor.as_ref()?.body().trim_end().to_string(),
            )),
            StepKind::Timer { write: false, .. } => Some(Answer::Text(String::new())),
            StepKind::Rating { .. } => self.number.map(Answer::Number),
            StepKind::Choice { options } => Some(Answer::Text(options[self.choice].clone())),
        }
    }

    /// Saves the current step and moves on (or finishes after the last).
    fn advance(&mut self, now: NaiveDateTime, theme: &Theme) -> Option<Command> {
        let answer = self.answer()?;
        let step_id = self.exercise.steps[self.step].id.clone();
        self.session.answers.insert(step_id.clone(), answer.clone());
        let finish = self.is_last();
        if !finish {
            self.step += 1;
            self.open_step(now, theme);
        }
        self.session.position = self.step;
        Some(Command::SavePracticeStep {
            session_id: self.session.id,
            step_id,
            answer,
            position: self.step,
            finish,
        })
    }

    fn back(&mut self, now: NaiveDateTime, theme: &Theme) -> Option<Command> {
        let keep = self.keep_current();
        if self.step == 0 {
            return keep;
        }
        self.step -= 1;
        self.open_step(now, theme);
        self.session.position = self.step;
        Some(keep.unwrap_or(Command::SetPracticePosition {
            session_id: self.session.id,
            position: self.step,
        }))
    }

    /// Saves what has been given on the current step without moving on, so pausing or
    /// going back never drops it.
    pub fn keep_current(&mut self) -> Option<Command> {
        let answer = self.answer()?;
        let empty = matches!(&answer, Answer::Text(t) if t.is_empty());
        let step_id = self.exercise.steps[self.step].id.clone();
        if empty && !self.session.answers.contains_key(&step_id) {
            return None;
        }
        self.session.answers.insert(step_id.clone(), answer.clone());
        Some(Command::SavePracticeStep {
            session_id: self.session.id,
            step_id,
            answer,
            position: self.step,
            finish: false,
        })
    }

    pub fn handle(&mut self, action: Action, now: NaiveDateTime, theme: &Theme) -> Option<Command> {
        let kind = self.exercise.steps[self.step].kind.clone();
        match (action, &kind) {
            (Action::Save, _) => self.advance(now, theme),
            (Action::Cancel, _) if self.writing => {
                self.writing = false;
                None
            }
            (Action::Right, StepKind::Rating { .. }) => {
                self.number = Some(self.number.map_or(5, |n| (n + 1).min(checkin::MAX)));
                None
            }
            (Action::Left, StepKind::Rating { .. }) => {
                self.number = Some(self.number.map_or(5, |n| n.saturating_sub(1)));
                None
            }
            (Action::Answer(n), StepKind::Rating { .. }) => {
                self.number = Some(n);
                self.advance(now, theme)
            }
            (Action::Answer(n), StepKind::Choice { options }) => {
                let index = usize::from(n).checked_sub(1)?;
                if index >= options.len() {
                    return None;
                }
                self.choice = index;
                self.advance(now, theme)
            }
            (Action::Up, StepKind::Choice { .. }) => {
                self.choice = self.choice.saturating_sub(1);
                None
            }
            (Action::Down, StepKind::Choice { options }) => {
                self.choice = (self.choice + 1).min(options.len() - 1);
                None
            }
            (Action::Confirm, StepKind::Text | StepKind::Timer { write: true, .. }) => {
                self.writing = true;
                None
            }
            (Action::Confirm | Action::Right, _) => self.advance(now, theme),
            (Action::Left, _) => self.back(now, theme),
            (Action::Undo, _) => {
                self.editor.as_mut()?.undo();
                None
            }
            (Action::Redo, _) => {
                self.editor.as_mut()?.redo();
                None
            }
            _ => None,
        }
    }

    pub fn input(&mut self, key: KeyEvent) {
        if let Some(editor) = self.editor.as_mut() {
            editor.input(key);
        }
    }

    /// Seconds left on a timer step.
    pub fn remaining(&self, now: NaiveDateTime) -> Option<i64> {
        match self.exercise.steps[self.step].kind {
            StepKind::Timer { seconds, .. } => {
                Some((i64::from(seconds) - (now - self.opened_at).num_seconds()).max(0))
            }
            _ => None,
        }
    }
}
