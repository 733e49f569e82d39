//! Written entries, their tags, drafts, and the prompt chosen for each day.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use rusqlite::{OptionalExtension, Transaction, params};

use super::{Journal, StoreResult};
use crate::domain::prompt_choice::{NO_REPEAT_DAYS, PromptHistory, THEME_ROTATION_DAYS};
use crate::domain::reflection::{Draft, Entry, word_count};

impl Journal {
    /// The draft of a kind of entry, if one is waiting.
    pub fn draft(&self, kind: &str) -> StoreResult<Option<Draft>> {
        Ok(self
            .conn
            .query_row(
                "SELECT prompt_id, body, tags, started_at, updated_at FROM drafts WHERE kind = ?1",
                [kind],
                |r| {
                    Ok(Draft {
                        prompt_id: r.get(0)?,
                        body: r.get(1)?,
                        tags: r.get(2)?,
                        started_at: r.get(3)?,
                        updated_at: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    /// Writes (or replaces) the draft of a kind of entry.
    pub fn save_draft(&mut self, kind: &str, draft: &Draft) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO drafts (kind, prompt_id, body, tags, started_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (kind) DO UPDATE SET prompt_id = excluded.prompt_id,
                 body = excluded.body, tags = excluded.tags,
                 started_at = excluded.started_at, updated_at = excluded.updated_at",
            params![
                kind,
                draft.prompt_id,
                draft.body,
                draft.tags,
                draft.started_at,
                draft.updated_at
            ],
        )?;
        Ok(())
    }

    pub fn discard_draft(&mut self, kind: &str) -> StoreResult<()> {
        self.conn
            .execute("DELETE FROM drafts WHERE kind = ?1", [kind])?;
        Ok(())
    }

    /// Saves an entry with its tags and removes the kind's draft, in one transaction, so
    /// the text is always in exactly one of the two places.
    pub fn save_entry(
        &mut self,
        kind: &str,
        day: NaiveDate,
        prompt_id: Option<&str>,
        body: &str,
        tags: &[String],
        now: NaiveDateTime,
    ) -> StoreResult<i64> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO entries (kind, day, prompt_id, body, word_count, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![kind, day, prompt_id, body, word_count(body) as i64, now],
        )?;
        let id = tx.last_insert_rowid();
        insert_tags(&tx, id, tags)?;
        tx.execute("DELETE FROM drafts WHERE kind = ?1", [kind])?;
        tx.commit()?;
        Ok(id)
    }

    /// The entries of one day, oldest first.
    pub fn entries_on(&self, day: NaiveDate) -> StoreResult<Vec<Entry>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, day, prompt_id, body, word_count, created_at FROM entries
             WHERE day = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([day], |r| {
            Ok(Entry {
                id: r.get(0)?,
                kind: r.get(1)?,
                day: r.get(2)?,
                prompt_id: r.get(3)?,
                body: r.get(4)?,
                word_count: r.get::<_, i64>(5)? as usize,
                tags: Vec::new(),
                created_at: r.get(6)?,
            })
        })?;
        let mut entries: Vec<Entry> = rows.collect::<Result<_, _>>()?;
        let mut tags = self
            .conn
            .prepare("SELECT tag FROM entry_tags WHERE entry_id = ?1 ORDER BY rowid")?;
        for entry in &mut entries {
            entry.tags = tags
                .query_map([entry.id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
        }
        Ok(entries)
    }

    /// What prompt selection needs to know: prompts answered or skipped in the last
    /// sixty days, and prompts shown in the last few days.
    pub fn prompt_history(&self, today: NaiveDate) -> StoreResult<PromptHistory> {
        let since_used = today - Duration::days(NO_REPEAT_DAYS);
        let since_shown = today - Duration::days(THEME_ROTATION_DAYS);
        let mut used = self.conn.prepare(
            "SELECT prompt_id, day FROM entries WHERE prompt_id IS NOT NULL AND day >= ?1
             UNION ALL
             SELECT prompt_id, day FROM prompt_choices WHERE skipped = 1 AND day >= ?1",
        )?;
        let used = used
            .query_map([since_used], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut shown = self
            .conn
            .prepare("SELECT prompt_id, day FROM prompt_choices WHERE day >= ?1 AND day < ?2")?;
        let shown = shown
            .query_map(params![since_shown, today], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(PromptHistory { used, shown })
    }

    /// The prompts chosen for a day, in order; the last is the current one.
    pub fn prompt_choices(&self, day: NaiveDate) -> StoreResult<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT prompt_id FROM prompt_choices WHERE day = ?1 ORDER BY seq")?;
        let rows = stmt.query_map([day], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records the prompt chosen for a day. When `skip_current` is set, the prompt it
    /// replaces is marked as skipped, so it does not come back soon.
    pub fn choose_prompt(
        &mut self,
        day: NaiveDate,
        prompt_id: &str,
        skip_current: bool,
    ) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        if skip_current {
            tx.execute(
                "UPDATE prompt_choices SET skipped = 1
                 WHERE day = ?1 AND seq = (SELECT max(seq) FROM prompt_choices WHERE day = ?1)",
                [day],
            )?;
        }
        tx.execute(
            "INSERT INTO prompt_choices (day, seq, prompt_id)
             VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM prompt_choices WHERE day = ?1), ?2)",
            params![day, prompt_id],
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn insert_tags(tx: &Transaction<'_>, entry_id: i64, tags: &[String]) -> StoreResult<()> {
    let mut insert =
        tx.prepare("INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![entry_id, tag])?;
    }
    Ok(())
}
