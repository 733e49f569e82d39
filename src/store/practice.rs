//! Practice sessions: started, saved step by step, completed or discarded, and followed
//! up later.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Row, params};

use super::{Journal, StoreResult};
use crate::domain::practice::{Answer, FollowUp, PracticeSession};

const SESSION_COLUMNS: &str = "id, exercise_id, started_at, completed_at, position,
    follow_up_tried, follow_up_rating, follow_up_learned, follow_up_at, follow_up_dismissed";

fn session_from(r: &Row<'_>) -> rusqlite::Result<PracticeSession> {
    let tried: Option<bool> = r.get(5)?;
    let answered_at: Option<NaiveDateTime> = r.get(8)?;
    Ok(PracticeSession {
        id: r.get(0)?,
        exercise_id: r.get(1)?,
        started_at: r.get(2)?,
        completed_at: r.get(3)?,
        position: r.get::<_, i64>(4)?.max(0) as usize,
        answers: BTreeMap::new(),
        follow_up: match (tried, answered_at) {
            (Some(tried), Some(answered_at)) => Some(FollowUp {
                tried,
                rating: r.get(6)?,
                learned: r.get::<_, Option<String>>(7)?.unwrap_or_default(),
                answered_at,
            }),
            _ => None,
        },
        follow_up_dismissed: r.get(9)?,
    })
}

impl Journal {
    pub fn start_practice(&mut self, exercise_id: &str, now: NaiveDateTime) -> StoreResult<i64> {
        self.conn.execute(
            "INSERT INTO practice_sessions (exercise_id, started_at) VALUES (?1, ?2)",
            params![exercise_id, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The most recently started session that is not completed.
    pub fn unfinished_practice(&self) -> StoreResult<Option<PracticeSession>> {
        let session = self
            .conn
            .query_row(
                &format!(
                    "SELECT {SESSION_COLUMNS} FROM practice_sessions WHERE completed_at IS NULL
                     ORDER BY started_at DESC, id DESC LIMIT 1"
                ),
                [],
                session_from,
            )
            .optional()?;
        match session {
            Some(mut s) => {
                s.answers = self.practice_answers(s.id)?;
                Ok(Some(s))
            }
            None => Ok(None),
        }
    }

    fn practice_answers(&self, session_id: i64) -> StoreResult<BTreeMap<String, Answer>> {
        let mut stmt = self
            .conn
            .prepare("SELECT step_id, text, number FROM practice_answers WHERE session_id = ?1")?;
        let rows = stmt.query_map([session_id], |r| {
            let text: Option<String> = r.get(1)?;
            let number: Option<u8> = r.get(2)?;
            Ok((
                r.get::<_, String>(0)?,
                match (text, number) {
                    (_, Some(n)) => Answer::Number(n),
                    (t, None) => Answer::Text(t.unwrap_or_default()),
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves one step's answer and where the user now is, together.
    pub fn save_practice_step(
        &mut self,
        session_id: i64,
        step_id: &str,
        answer: &Answer,
        position: usize,
        now: NaiveDateTime,
    ) -> StoreResult<()> {
        let (text, number) = match answer {
            Answer::Text(t) => (Some(t.as_str()), None),
            Answer::Number(n) => (None, Some(*n)),
        };
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO practice_answers (session_id, step_id, text, number, answered_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (session_id, step_id) DO UPDATE SET text = excluded.text,
                 number = excluded.number, answered_at = excluded.answered_at",
            params![session_id, step_id, text, number, now],
        )?;
        tx.execute(
            "UPDATE practice_sessions SET position = ?2 WHERE id = ?1",
            params![session_id, position as i64],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn set_practice_position(&mut self, session_id: i64, position: usize) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE practice_sessions SET position = ?2 WHERE id = ?1",
            params![session_id, position as i64],
        )?;
        Ok(())
    }

    pub fn complete_practice(&mut self, session_id: i64, now: NaiveDateTime) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE practice_sessions SET completed_at = ?2 WHERE id = ?1 AND completed_at IS NULL",
            params![session_id, now],
        )?;
        Ok(())
    }

    /// Deletes an unfinished session and its answers.
    pub fn discard_practice(&mut self, session_id: i64) -> StoreResult<()> {
        self.conn.execute(
            "DELETE FROM practice_sessions WHERE id = ?1 AND completed_at IS NULL",
            [session_id],
        )?;
        Ok(())
    }

    /// Completed sessions, oldest first, with their answers and follow-ups.
    pub fn completed_practice(&self) -> StoreResult<Vec<PracticeSession>> {
        self.practice_where("completed_at IS NOT NULL", [], true)
    }

    /// Sessions completed on or after `since`, oldest first, without their answers.
    pub fn practice_completed_since(&self, since: NaiveDate) -> StoreResult<Vec<PracticeSession>> {
        self.practice_where("completed_at >= ?1", [since], false)
    }

    /// Completed sessions whose follow-up is neither answered nor dismissed, without
    /// their answers. Which of them plan an action is for the content to say.
    pub fn practice_awaiting_follow_up(&self) -> StoreResult<Vec<PracticeSession>> {
        self.practice_where(
            "completed_at IS NOT NULL AND follow_up_at IS NULL AND follow_up_dismissed = 0",
            [],
            false,
        )
    }

    /// One session with its answers.
    pub fn practice_session(&self, id: i64) -> StoreResult<Option<PracticeSession>> {
        Ok(self.practice_where("id = ?1", [id], true)?.pop())
    }

    fn practice_where<P: rusqlite::Params>(
        &self,
        condition: &str,
        params: P,
        with_answers: bool,
    ) -> StoreResult<Vec<PracticeSession>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {SESSION_COLUMNS} FROM practice_sessions WHERE {condition}
             ORDER BY completed_at, id"
        ))?;
        let mut sessions: Vec<PracticeSession> = stmt
            .query_map(params, session_from)?
            .collect::<Result<_, _>>()?;
        if with_answers {
            for s in &mut sessions {
                s.answers = self.practice_answers(s.id)?;
            }
        }
        Ok(sessions)
    }

    pub fn answer_follow_up(&mut self, session_id: i64, follow_up: &FollowUp) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE practice_sessions SET follow_up_tried = ?2, follow_up_rating = ?3,
                 follow_up_learned = ?4, follow_up_at = ?5 WHERE id = ?1",
            params![
                session_id,
                follow_up.tried,
                follow_up.rating,
                follow_up.learned,
                follow_up.answered_at
            ],
        )?;
        Ok(())
    }

    pub fn dismiss_follow_up(&mut self, session_id: i64) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE practice_sessions SET follow_up_dismissed = 1 WHERE id = ?1",
            [session_id],
        )?;
        Ok(())
    }
}
