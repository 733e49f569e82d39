//! Assessment sessions: started, answered item by item, completed with scores, or
//! discarded. Each call is one transaction.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Journal, StoreResult};
use crate::domain::assessment::{AssessmentResult, AssessmentSession};
use crate::domain::scoring::Scores;

impl Journal {
    /// Starts a session of the instrument and returns its id.
    pub fn start_assessment(
        &mut self,
        instrument_id: &str,
        version: u32,
        now: NaiveDateTime,
    ) -> StoreResult<i64> {
        self.conn.execute(
            "INSERT INTO assessment_sessions (instrument_id, instrument_version, started_at)
             VALUES (?1, ?2, ?3)",
            params![instrument_id, version, now],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The most recently started session that is neither completed nor discarded.
    pub fn unfinished_assessment(&self) -> StoreResult<Option<AssessmentSession>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, instrument_id, instrument_version, started_at, position
                 FROM assessment_sessions WHERE completed_at IS NULL
                 ORDER BY started_at DESC, id DESC LIMIT 1",
                [],
                |r| {
                    Ok(AssessmentSession {
                        id: r.get(0)?,
                        instrument_id: r.get(1)?,
                        instrument_version: r.get(2)?,
                        started_at: r.get(3)?,
                        position: r.get::<_, i64>(4)?.max(0) as usize,
                        answers: BTreeMap::new(),
                    })
                },
            )
            .optional()?;
        match row {
            Some(mut session) => {
                session.answers = self.assessment_answers(session.id)?;
                Ok(Some(session))
            }
            None => Ok(None),
        }
    }

    /// Every answer of a session, by item id.
    pub fn assessment_answers(&self, session_id: i64) -> StoreResult<BTreeMap<String, u8>> {
        let mut stmt = self
            .conn
            .prepare("SELECT item_id, value FROM assessment_answers WHERE session_id = ?1")?;
        let rows = stmt.query_map([session_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves (or changes) one answer and where the user now is, together.
    pub fn save_assessment_answer(
        &mut self,
        session_id: i64,
        item_id: &str,
        value: u8,
        position: usize,
        now: NaiveDateTime,
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO assessment_answers (session_id, item_id, value, answered_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (session_id, item_id)
             DO UPDATE SET value = excluded.value, answered_at = excluded.answered_at",
            params![session_id, item_id, value, now],
        )?;
        set_position(&tx, session_id, position)?;
        tx.commit()?;
        Ok(())
    }

    /// Remembers which item the user is looking at, for resuming.
    pub fn set_assessment_position(&mut self, session_id: i64, position: usize) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        set_position(&tx, session_id, position)?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a session complete and stores its scores.
    pub fn complete_assessment(
        &mut self,
        session_id: i64,
        scores: &Scores,
        now: NaiveDateTime,
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE assessment_sessions SET completed_at = ?2 WHERE id = ?1",
            params![session_id, now],
        )?;
        insert_scores(&tx, session_id, scores)?;
        tx.commit()?;
        Ok(())
    }

    /// Stores a whole completed session at once (from the command line).
    pub fn record_assessment(
        &mut self,
        instrument_id: &str,
        version: u32,
        answers: &BTreeMap<String, u8>,
        scores: &Scores,
        now: NaiveDateTime,
    ) -> StoreResult<i64> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO assessment_sessions
                 (instrument_id, instrument_version, started_at, completed_at, position)
             VALUES (?1, ?2, ?3, ?3, ?4)",
            params![instrument_id, version, now, answers.len() as i64],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO assessment_answers (session_id, item_id, value, answered_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (item, value) in answers {
                insert.execute(params![id, item, value, now])?;
            }
        }
        insert_scores(&tx, id, scores)?;
        tx.commit()?;
        Ok(id)
    }

    /// Deletes an unfinished session and its answers.
    pub fn discard_assessment(&mut self, session_id: i64) -> StoreResult<()> {
        self.conn.execute(
            "DELETE FROM assessment_sessions WHERE id = ?1 AND completed_at IS NULL",
            [session_id],
        )?;
        Ok(())
    }

    /// Completed results, oldest first; of one instrument, or of all.
    pub fn assessment_results(
        &self,
        instrument_id: Option<&str>,
    ) -> StoreResult<Vec<AssessmentResult>> {
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.instrument_id, s.instrument_version, s.started_at, s.completed_at,
                    c.subscale_id, c.score
             FROM assessment_sessions s JOIN assessment_scores c ON c.session_id = s.id
             WHERE s.completed_at IS NOT NULL AND (?1 IS NULL OR s.instrument_id = ?1)
             ORDER BY s.completed_at, s.id",
        )?;
        let mut rows = stmt.query([instrument_id])?;
        let mut results: Vec<AssessmentResult> = Vec::new();
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            if results.last().is_none_or(|last| last.id != id) {
                results.push(AssessmentResult {
                    id,
                    instrument_id: r.get(1)?,
                    instrument_version: r.get(2)?,
                    started_at: r.get(3)?,
                    completed_at: r.get(4)?,
                    scores: Scores {
                        by_subscale: BTreeMap::new(),
                    },
                });
            }
            let last = results.last_mut().expect("just pushed");
            last.scores.by_subscale.insert(r.get(5)?, r.get(6)?);
        }
        Ok(results)
    }
}

fn set_position(tx: &Transaction<'_>, session_id: i64, position: usize) -> StoreResult<()> {
    tx.execute(
        "UPDATE assessment_sessions SET position = ?2 WHERE id = ?1",
        params![session_id, position as i64],
    )?;
    Ok(())
}

fn insert_scores(tx: &Transaction<'_>, session_id: i64, scores: &Scores) -> StoreResult<()> {
    let mut insert = tx.prepare(
        "INSERT INTO assessment_scores (session_id, subscale_id, score) VALUES (?1, ?2, ?3)
         ON CONFLICT (session_id, subscale_id) DO UPDATE SET score = excluded.score",
    )?;
    for (subscale, score) in &scores.by_subscale {
        insert.execute(params![session_id, subscale, score])?;
    }
    Ok(())
}
