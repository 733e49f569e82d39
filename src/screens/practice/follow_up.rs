//! The follow-up on a planned action: was it tried, how did it go (1–5), what was
//! learned.

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyEvent;

use super::keys::{FOLLOW_UP_LEARNED, FOLLOW_UP_RATING_BACK, FOLLOW_UP_TRIED};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, DIGITS};
use crate::domain::practice::{FollowUp, PracticeSession};
use crate::theme::Theme;
use crate::widgets::editor::Editor;

/// The follow-up's stages: tried at all, how it went, what was learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FollowUpStage {
    Tried,
    Rating,
    Learned,
}

pub(super) struct FollowUpForm {
    pub session: PracticeSession,
    pub stage: FollowUpStage,
    tried: bool,
    rating: Option<u8>,
    pub editor: Editor,
}

/// What the form wants after a key.
pub(super) enum Outcome {
    Stay,
    /// Close the form, with the command to carry out, if any.
    Close(Option<Command>),
}

impl FollowUpForm {
    pub fn new(session: PracticeSession, now: NaiveDateTime, theme: &Theme) -> FollowUpForm {
        FollowUpForm {
            session,
            stage: FollowUpStage::Tried,
            tried: false,
            rating: None,
            editor: Editor::new(None, "", "", now, now, theme),
        }
    }

    pub fn bindings(&self) -> Vec<&'static [Binding]> {
        match self.stage {
            FollowUpStage::Tried => vec![FOLLOW_UP_TRIED],
            FollowUpStage::Rating => vec![&DIGITS[1..=5], FOLLOW_UP_RATING_BACK],
            FollowUpStage::Learned => vec![FOLLOW_UP_LEARNED],
        }
    }

    pub fn is_editing(&self) -> bool {
        self.stage == FollowUpStage::Learned
    }

    pub fn input(&mut self, key: KeyEvent) {
        self.editor.input(key);
    }

    pub fn handle(&mut self, action: Action, now: NaiveDateTime) -> Outcome {
        match (self.stage, action) {
            (FollowUpStage::Tried | FollowUpStage::Rating, Action::Cancel) => {
                return Outcome::Close(None);
            }
            (FollowUpStage::Tried, Action::Yes) => {
                self.tried = true;
                self.stage = FollowUpStage::Rating;
            }
            (FollowUpStage::Tried, Action::No) => {
                self.tried = false;
                self.stage = FollowUpStage::Learned;
            }
            (FollowUpStage::Tried, Action::Discard) => {
                return Outcome::Close(Some(Command::DismissFollowUp {
                    session_id: self.session.id,
                }));
            }
            (FollowUpStage::Rating, Action::Answer(n)) if (1..=5).contains(&n) => {
                self.rating = Some(n);
                self.stage = FollowUpStage::Learned;
            }
            (FollowUpStage::Learned, Action::Save) => {
                return Outcome::Close(Some(Command::AnswerFollowUp {
                    session_id: self.session.id,
                    follow_up: FollowUp {
                        tried: self.tried,
                        rating: self.rating,
                        learned: self.editor.body().trim().to_string(),
                        answered_at: now,
                    },
                }));
            }
            (FollowUpStage::Learned, Action::Cancel) => {
                self.stage = if self.tried {
                    FollowUpStage::Rating
                } else {
                    FollowUpStage::Tried
                };
            }
            (FollowUpStage::Learned, Action::Undo) => self.editor.undo(),
            _ => {}
        }
        Outcome::Stay
    }
}
