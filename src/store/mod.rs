//! The journal: the only place in securebase that speaks SQL.
//!
//! A journal is one SQLite file stamped with [`APPLICATION_ID`]. Opening never writes to a
//! file that is not already a securebase journal (or empty), and every write is one
//! transaction. See `docs/journal-schema.md` for the tables.

mod assessments;
mod checkins;
mod entries;
mod error;
mod file_check;
mod migrations;
mod practice;
mod settings;

pub use error::{StoreError, StoreResult};
pub use migrations::LATEST_VERSION;
pub use settings::SettingKey;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use file_check::{FileState, inspect};

/// `PRAGMA application_id` of every securebase journal: the ASCII bytes "SBJN".
pub const APPLICATION_ID: i32 = 0x5342_4A4E;

/// How long a write waits for another process holding the journal before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open securebase journal.
pub struct Journal {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Journal {
    /// Opens the journal at `path`, creating it (and its private directory) if missing.
    ///
    /// Refuses, without writing a byte, a file that is not an SQLite database, another
    /// application's database, and a journal from a newer securebase.
    pub fn open(path: &Path) -> StoreResult<Journal> {
        let state = inspect(path)?;
        match state {
            FileState::Missing => file_check::create_private_file(path)?,
            FileState::Empty => {}
            FileState::Journal { user_version } => check_version(path, user_version)?,
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // The file header was checked above; check again through SQLite, which also sees
        // commits still waiting in the write-ahead log.
        if state != FileState::Empty && state != FileState::Missing {
            let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            if app_id != APPLICATION_ID {
                return Err(StoreError::Foreign { path: path.into() });
            }
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            check_version(path, version)?;
        }
        file_check::make_private(path)?;
        let mut journal = Journal {
            conn,
            path: Some(path.to_path_buf()),
        };
        journal.configure()?;
        Ok(journal)
    }

    /// A journal that lives only in memory, for tests and dry runs.
    pub fn open_in_memory() -> StoreResult<Journal> {
        let conn = Connection::open_in_memory()?;
        let mut journal = Journal { conn, path: None };
        journal.configure()?;
        Ok(journal)
    }

    /// The file behind this journal, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Changes how long a write waits for another process before failing with
    /// [`StoreError::Busy`].
    pub fn set_busy_timeout(&self, timeout: Duration) -> StoreResult<()> {
        Ok(self.conn.busy_timeout(timeout)?)
    }

    /// The schema version this journal is at (`PRAGMA user_version`).
    pub fn schema_version(&self) -> StoreResult<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    fn configure(&mut self) -> StoreResult<()> {
        self.conn.pragma_update(None, "foreign_keys", true)?;
        // Migrate first, while a brand-new file is still in rollback-journal mode, so the
        // application id and the first schema arrive in one atomic commit.
        migrations::migrate(&mut self.conn)?;
        if self.path.is_some() {
            let mode: String =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
            debug_assert_eq!(mode.to_ascii_lowercase(), "wal");
        }
        // FULL: a commit is on disk before it returns, so "saved" survives power loss.
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(())
    }
}

fn check_version(path: &Path, found: i64) -> StoreResult<()> {
    if found > LATEST_VERSION {
        return Err(StoreError::Newer {
            path: path.into(),
            found,
            known: LATEST_VERSION,
        });
    }
    Ok(())
}
