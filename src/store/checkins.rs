//! Check-ins: one row each, with values by item id and words by kind.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Transaction, params};

use super::{Journal, StoreResult};
use crate::domain::checkin::{Checkin, CheckinValues};

impl Journal {
    /// Stores a new check-in and returns its id.
    pub fn add_checkin(&mut self, values: &CheckinValues, now: NaiveDateTime) -> StoreResult<i64> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO checkins (day, created_at, updated_at, note) VALUES (?1, ?2, ?2, ?3)",
            params![now.date(), now, values.note],
        )?;
        let id = tx.last_insert_rowid();
        insert_parts(&tx, id, values)?;
        tx.commit()?;
        Ok(id)
    }

    /// Replaces what a check-in records, keeping its day and time.
    pub fn update_checkin(
        &mut self,
        id: i64,
        values: &CheckinValues,
        now: NaiveDateTime,
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "UPDATE checkins SET note = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, values.note, now],
        )?;
        tx.execute("DELETE FROM checkin_values WHERE checkin_id = ?1", [id])?;
        tx.execute("DELETE FROM checkin_words WHERE checkin_id = ?1", [id])?;
        insert_parts(&tx, id, values)?;
        tx.commit()?;
        Ok(())
    }

    /// Check-ins from `from` to `to` (inclusive), oldest first.
    pub fn checkins_between(&self, from: NaiveDate, to: NaiveDate) -> StoreResult<Vec<Checkin>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, day, created_at, note FROM checkins
             WHERE day BETWEEN ?1 AND ?2 ORDER BY created_at, id",
        )?;
        let mut checkins: Vec<Checkin> = stmt
            .query_map(params![from, to], |r| {
                Ok(Checkin {
                    id: r.get(0)?,
                    day: r.get(1)?,
                    created_at: r.get(2)?,
                    values: CheckinValues {
                        note: r.get(3)?,
                        ..CheckinValues::default()
                    },
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut values = self
            .conn
            .prepare("SELECT item_id, value FROM checkin_values WHERE checkin_id = ?1")?;
        let mut words = self
            .conn
            .prepare("SELECT kind, word FROM checkin_words WHERE checkin_id = ?1 ORDER BY rowid")?;
        for c in &mut checkins {
            c.values.values = values
                .query_map([c.id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            for row in words.query_map([c.id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))? {
                let (kind, word) = row?;
                match kind.as_str() {
                    "emotion" => c.values.emotions.push(word),
                    "context" => c.values.contexts.push(word),
                    _ => c.values.behaviours.push(word),
                }
            }
        }
        Ok(checkins)
    }
}

fn insert_parts(tx: &Transaction<'_>, id: i64, values: &CheckinValues) -> StoreResult<()> {
    let mut value =
        tx.prepare("INSERT INTO checkin_values (checkin_id, item_id, value) VALUES (?1, ?2, ?3)")?;
    for (item, v) in &values.values {
        value.execute(params![id, item, v])?;
    }
    let mut word = tx.prepare(
        "INSERT OR IGNORE INTO checkin_words (checkin_id, kind, word) VALUES (?1, ?2, ?3)",
    )?;
    for (kind, list) in [
        ("emotion", &values.emotions),
        ("context", &values.contexts),
        ("behaviour", &values.behaviours),
    ] {
        for w in list {
            word.execute(params![id, kind, w])?;
        }
    }
    Ok(())
}
