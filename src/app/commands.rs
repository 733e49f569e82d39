//! Carrying out screens' commands against the journal. Each command is one transaction.

use chrono::NaiveDateTime;

use super::{AppError, Command};
use crate::content::Content;
use crate::domain::scoring;
use crate::store::Journal;

pub(super) fn execute(
    journal: &mut Journal,
    content: &Content,
    now: NaiveDateTime,
    command: Command,
) -> Result<(), AppError> {
    match command {
        Command::GoTo(_) => {}
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
    }
    Ok(())
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
