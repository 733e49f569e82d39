//! What screens ask the app to do, and carrying it out against the journal. Each command
//! is one transaction.

use chrono::NaiveDateTime;

use super::AppError;
use crate::content::Content;
use crate::daily;
use crate::domain::checkin::CheckinValues;
use crate::domain::practice::{Answer, FollowUp};
use crate::domain::reflection::{Draft, REFLECTION, entry_tags};
use crate::domain::{safety, scoring};
use crate::screens::ScreenId;
use crate::store::Journal;

/// What a screen asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    GoTo(ScreenId),
    /// Open Reflect and start writing (today's prompt, or the waiting draft).
    Write,
    StartAssessment {
        instrument_id: String,
    },
    /// Save one answer and where the user now is; `finish` scores and completes the session.
    AnswerAssessment {
        session_id: i64,
        item_id: String,
        value: u8,
        position: usize,
        finish: bool,
    },
    SetAssessmentPosition {
        session_id: i64,
        position: usize,
    },
    CompleteAssessment {
        session_id: i64,
    },
    DiscardAssessment {
        session_id: i64,
    },
    SaveDraft {
        kind: &'static str,
        draft: Draft,
    },
    DiscardDraft {
        kind: &'static str,
    },
    /// Turn the reflection draft into an entry. `tags` is the tag field as typed.
    SaveReflection {
        prompt_id: Option<String>,
        body: String,
        tags: String,
    },
    /// Choose another prompt for today; `skip` keeps the current one away for a while.
    NextPrompt {
        skip: bool,
    },
    /// Add a check-in, or replace what check-in `id` records.
    SaveCheckin {
        id: Option<i64>,
        values: CheckinValues,
    },
    StartPractice {
        exercise_id: String,
    },
    /// Save one step's answer and where the user now is; `finish` completes the session.
    SavePracticeStep {
        session_id: i64,
        step_id: String,
        answer: Answer,
        position: usize,
        finish: bool,
    },
    SetPracticePosition {
        session_id: i64,
        position: usize,
    },
    DiscardPractice {
        session_id: i64,
    },
    AnswerFollowUp {
        session_id: i64,
        follow_up: FollowUp,
    },
    DismissFollowUp {
        session_id: i64,
    },
    /// Open Practice on the waiting follow-up.
    OpenFollowUp,
    /// Open the text in the user's editor and hand the result back to the screen.
    EditExternally {
        text: String,
    },
}

/// Something the app should do after a command, beyond reloading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Effect {
    None,
    /// What was just saved mentions a crisis: offer the Support screen.
    OfferSupport,
}

pub(super) fn execute(
    journal: &mut Journal,
    content: &Content,
    now: NaiveDateTime,
    command: Command,
) -> Result<Effect, AppError> {
    match command {
        Command::GoTo(_)
        | Command::Write
        | Command::OpenFollowUp
        | Command::EditExternally { .. } => {}
        Command::StartPractice { exercise_id } => {
            journal.start_practice(&exercise_id, now)?;
        }
        Command::SavePracticeStep {
            session_id,
            step_id,
            answer,
            position,
            finish,
        } => {
            journal.save_practice_step(session_id, &step_id, &answer, position, now)?;
            if finish {
                journal.complete_practice(session_id, now)?;
            }
            if matches!(&answer, Answer::Text(t) if safety::mentions_crisis(t)) {
                return Ok(Effect::OfferSupport);
            }
        }
        Command::SetPracticePosition {
            session_id,
            position,
        } => journal.set_practice_position(session_id, position)?,
        Command::DiscardPractice { session_id } => journal.discard_practice(session_id)?,
        Command::AnswerFollowUp {
            session_id,
            follow_up,
        } => journal.answer_follow_up(session_id, &follow_up)?,
        Command::DismissFollowUp { session_id } => journal.dismiss_follow_up(session_id)?,
        Command::StartAssessment { instrument_id } => {
            let instrument = content.instrument(&instrument_id).ok_or_else(|| {
                AppError::Content(format!("unknown instrument '{instrument_id}'"))
            })?;
            journal.start_assessment(&instrument.id, instrument.version, now)?;
        }
        Command::AnswerAssessment {
            session_id,
            item_id,
            value,
            position,
            finish,
        } => {
            journal.save_assessment_answer(session_id, &item_id, value, position, now)?;
            if finish {
                complete_assessment(journal, content, now, session_id)?;
            }
        }
        Command::SetAssessmentPosition {
            session_id,
            position,
        } => journal.set_assessment_position(session_id, position)?,
        Command::CompleteAssessment { session_id } => {
            complete_assessment(journal, content, now, session_id)?
        }
        Command::DiscardAssessment { session_id } => journal.discard_assessment(session_id)?,
        Command::SaveDraft { kind, draft } => journal.save_draft(kind, &draft)?,
        Command::DiscardDraft { kind } => journal.discard_draft(kind)?,
        Command::SaveReflection {
            prompt_id,
            body,
            tags,
        } => {
            let tags = entry_tags(&tags, &body);
            journal.save_entry(
                REFLECTION,
                now.date(),
                prompt_id.as_deref(),
                &body,
                &tags,
                now,
            )?;
            if safety::mentions_crisis(&body) {
                return Ok(Effect::OfferSupport);
            }
        }
        Command::SaveCheckin { id, values } => {
            match id {
                Some(id) => journal.update_checkin(id, &values, now)?,
                None => {
                    journal.add_checkin(&values, now)?;
                }
            }
            if safety::mentions_crisis(&values.note) {
                return Ok(Effect::OfferSupport);
            }
        }
        Command::NextPrompt { skip } => {
            daily::next_prompt(journal, content, now.date(), skip)?;
        }
    }
    Ok(Effect::None)
}

/// Scores the session's stored answers and completes it. Answers that are not all there
/// (which the screen does not allow) leave the session open.
fn complete_assessment(
    journal: &mut Journal,
    content: &Content,
    now: NaiveDateTime,
    session_id: i64,
) -> Result<(), AppError> {
    let Some(session) = journal
        .unfinished_assessment()?
        .filter(|s| s.id == session_id)
    else {
        return Ok(());
    };
    let instrument = content.instrument(&session.instrument_id).ok_or_else(|| {
        AppError::Content(format!("unknown instrument '{}'", session.instrument_id))
    })?;
    if let Ok(scores) = scoring::score(instrument, &session.answers) {
        journal.complete_assessment(session_id, &scores, now)?;
    }
    Ok(())
}
