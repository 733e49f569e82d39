//! The Assessment screen: choose an instrument, answer one statement at a time (every
//! answer saved as it is given, so leaving and coming back resumes), and see the result on
//! the anxiety × avoidance plane.

mod intro;
mod result;
mod taking;

use std::rc::Rc;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, DIGITS, Key};
use crate::content::Content;
use crate::domain::assessment::{AssessmentResult, AssessmentSession, Instrument};
use crate::store::StoreResult;
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Mode {
    /// Choosing what to take, resuming, or discarding.
    #[default]
    Intro,
    /// Answering statements.
    Taking,
    /// Looking at a result.
    Result,
}

const INTRO_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Start, or resume the unfinished assessment",
    )
    .hint("start"),
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Previous instrument",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Next instrument",
    ),
    Binding::new(&[Key::char('v')], Action::View, "View your latest result").hint("result"),
    Binding::new(
        &[Key::char('d')],
        Action::Discard,
        "Discard the unfinished assessment",
    ),
];

const TAKING_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Left), Key::plain(KeyCode::Backspace)],
        Action::Left,
        "Previous statement",
    )
    .hint("back"),
    Binding::new(
        &[Key::plain(KeyCode::Right)],
        Action::Right,
        "Next statement",
    )
    .hint("next"),
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Highlight the point above",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Highlight the point below",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Answer with the highlighted point",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Pause; your answers are kept",
    )
    .hint("pause"),
];

const RESULT_KEYS: &[Binding] = &[Binding::new(
    &[Key::plain(KeyCode::Esc), Key::plain(KeyCode::Enter)],
    Action::Cancel,
    "Back to the assessment overview",
)
.hint("done")];

const CONFIRM_KEYS: &[Binding] = &[
    Binding::new(&[Key::char('y')], Action::Yes, "Yes, discard the answers").hint("discard"),
    Binding::new(
        &[Key::char('n'), Key::plain(KeyCode::Esc)],
        Action::No,
        "No, keep them",
    )
    .hint("keep"),
];

#[derive(Default)]
pub struct AssessmentScreen {
    content: Option<Rc<Content>>,
    now: NaiveDateTime,
    mode: Mode,
    /// The instrument highlighted in the intro list.
    selected: usize,
    unfinished: Option<AssessmentSession>,
    /// Every completed result, oldest first.
    results: Vec<AssessmentResult>,
    /// The statement shown while taking.
    cursor: usize,
    /// The scale point highlighted with ↑/↓ while taking.
    highlight: Option<u8>,
    confirm_discard: bool,
    /// The result shown in result mode.
    viewing: Option<i64>,
}

impl AssessmentScreen {
    fn instruments(&self) -> &[Instrument] {
        self.content
            .as_deref()
            .map_or(&[], |c| c.instruments.as_slice())
    }

    fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments().iter().find(|i| i.id == id)
    }

    /// The unfinished session with its instrument, when that instrument is still known.
    fn session(&self) -> Option<(&AssessmentSession, &Instrument)> {
        let session = self.unfinished.as_ref()?;
        Some((session, self.instrument(&session.instrument_id)?))
    }

    fn handle_intro(&mut self, action: Action) -> Option<Command> {
        if self.confirm_discard {
            self.confirm_discard = false;
            return match (action, &self.unfinished) {
                (Action::Yes, Some(session)) => Some(Command::DiscardAssessment {
                    session_id: session.id,
                }),
                _ => None,
            };
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => {
                self.selected = (self.selected + 1).min(self.instruments().len().saturating_sub(1))
            }
            Action::Discard if self.unfinished.is_some() => self.confirm_discard = true,
            Action::View => {
                if let Some(last) = self.results.last() {
                    self.viewing = Some(last.id);
                    self.mode = Mode::Result;
                }
            }
            Action::Confirm => {
                if let Some((session, instrument)) = self.session() {
                    self.cursor = session.position.min(instrument.items.len() - 1);
                    self.highlight = None;
                    self.mode = Mode::Taking;
                } else if self.unfinished.is_none() {
                    let instrument = self.instruments().get(self.selected)?;
                    let instrument_id = instrument.id.clone();
                    self.cursor = 0;
                    self.highlight = None;
                    self.mode = Mode::Taking;
                    return Some(Command::StartAssessment { instrument_id });
                }
            }
            _ => {}
        }
        None
    }

    fn handle_taking(&mut self, action: Action) -> Option<Command> {
        let (session, instrument) = self.session()?;
        let session_id = session.id;
        let count = instrument.items.len();
        let scale = instrument.scale.clone();
        let item_id = instrument.items[self.cursor].id.clone();
        let current = session.answers.get(&item_id).copied();
        let all_answered = instrument
            .items
            .iter()
            .all(|i| session.answers.contains_key(&i.id));
        match action {
            Action::Answer(value) => self.answer(value, &scale),
            Action::Confirm => self.answer(self.highlight.or(current)?, &scale),
            Action::Up => {
                let from = self.highlight.or(current).unwrap_or(scale.min + 1);
                self.highlight = Some(from.saturating_sub(1).max(scale.min));
                None
            }
            Action::Down => {
                let from = self.highlight.or(current).map_or(scale.min, |v| v + 1);
                self.highlight = Some(from.min(scale.max));
                None
            }
            Action::Left => {
                self.highlight = None;
                self.cursor = self.cursor.saturating_sub(1);
                Some(Command::SetAssessmentPosition {
                    session_id,
                    position: self.cursor,
                })
            }
            Action::Right if self.cursor + 1 < count => {
                self.highlight = None;
                self.cursor += 1;
                Some(Command::SetAssessmentPosition {
                    session_id,
                    position: self.cursor,
                })
            }
            Action::Right if all_answered => Some(Command::CompleteAssessment { session_id }),
            Action::Cancel => {
                self.mode = Mode::Intro;
                None
            }
            _ => None,
        }
    }

    /// Records an answer locally (so the screen moves on at once) and asks the app to
    /// save it; the last answer also finishes the session.
    fn answer(&mut self, value: u8, scale: &crate::domain::assessment::Scale) -> Option<Command> {
        if !scale.contains(value) {
            return None;
        }
        let cursor = self.cursor;
        let (session, instrument) = self.session()?;
        let session_id = session.id;
        let item_id = instrument.items[cursor].id.clone();
        let count = instrument.items.len();
        let item_ids: Vec<String> = instrument.items.iter().map(|i| i.id.clone()).collect();
        let session = self.unfinished.as_mut()?;
        session.answers.insert(item_id.clone(), value);
        let first_unanswered = item_ids
            .iter()
            .position(|id| !session.answers.contains_key(id));
        let finish = cursor + 1 == count && first_unanswered.is_none();
        if !finish {
            self.cursor = if cursor + 1 < count {
                cursor + 1
            } else {
                first_unanswered.unwrap_or(cursor)
            };
        }
        session.position = self.cursor;
        self.highlight = None;
        Some(Command::AnswerAssessment {
            session_id,
            item_id,
            value,
            position: self.cursor,
            finish,
        })
    }
}

impl Screen for AssessmentScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Assessment
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        match self.mode {
            Mode::Intro if self.confirm_discard => vec![CONFIRM_KEYS],
            Mode::Intro => vec![INTRO_KEYS],
            Mode::Taking => {
                let keys: &'static [Binding] = match self.session() {
                    Some((_, instrument)) => {
                        let (min, max) = (instrument.scale.min, instrument.scale.max);
                        &DIGITS[usize::from(min)..=usize::from(max).min(9)]
                    }
                    None => &[],
                };
                vec![keys, TAKING_KEYS]
            }
            Mode::Result => vec![RESULT_KEYS],
        }
    }

    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        self.content = Some(Rc::clone(ctx.content));
        self.now = ctx.now;
        self.unfinished = ctx.journal.unfinished_assessment()?;
        self.results = ctx.journal.assessment_results(None)?;
        self.selected = self
            .selected
            .min(self.instruments().len().saturating_sub(1));
        match self.mode {
            Mode::Taking => match self.session() {
                Some((_, instrument)) => {
                    self.cursor = self.cursor.min(instrument.items.len() - 1);
                }
                // Finished (or discarded elsewhere): show the newest result, if any.
                None => {
                    self.viewing = self.results.last().map(|r| r.id);
                    self.mode = if self.viewing.is_some() {
                        Mode::Result
                    } else {
                        Mode::Intro
                    };
                }
            },
            Mode::Result if self.viewing.is_none() => self.mode = Mode::Intro,
            _ => {}
        }
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        match self.mode {
            Mode::Intro => self.handle_intro(action),
            Mode::Taking => self.handle_taking(action),
            Mode::Result => {
                if action == Action::Cancel {
                    self.mode = Mode::Intro;
                }
                None
            }
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        match self.mode {
            Mode::Intro => intro::render(self, frame, area, theme),
            Mode::Taking => match self.session() {
                Some((session, instrument)) => taking::render(
                    frame,
                    area,
                    theme,
                    instrument,
                    session,
                    self.cursor,
                    self.highlight,
                ),
                None => intro::render(self, frame, area, theme),
            },
            Mode::Result => {
                let shown = self.results.iter().position(|r| Some(r.id) == self.viewing);
                match shown.and_then(|n| {
                    let r = &self.results[n];
                    Some((n, self.instrument(&r.instrument_id)?))
                }) {
                    Some((n, instrument)) => {
                        result::render(frame, area, theme, instrument, &self.results[..=n])
                    }
                    None => intro::render(self, frame, area, theme),
                }
            }
        }
    }
}
