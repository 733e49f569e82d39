//! Errors from opening and using the journal, each with a one-line message for the user.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    /// The file exists but is not an SQLite database at all.
    NotSqlite {
        path: PathBuf,
    },
    /// An SQLite database that belongs to some other application.
    Foreign {
        path: PathBuf,
    },
    /// A securebase journal with a schema newer than this binary knows.
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// Another process held the journal for longer than the busy timeout.
    Busy,
    /// A file-system problem, with what we were doing at the time.
    Io {
        context: String,
        source: std::io::Error,
    },
    Sqlite(rusqlite::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotSqlite { path } => write!(
                f,
                "{} is not a securebase journal (it is not an SQLite database); it was left untouched",
                path.display()
            ),
            StoreError::Foreign { path } => write!(
                f,
                "{} is not a securebase journal (it is another application's SQLite database); it was left untouched",
                path.display()
            ),
            StoreError::Newer { path, found, known } => write!(
                f,
                "this journal was written by a newer securebase ({} has schema version {found}, this securebase knows up to {known}); update securebase to open it — the journal was left untouched",
                path.display()
            ),
            StoreError::Busy => write!(
                f,
                "the journal is busy: another securebase is writing to it; try again in a moment"
            ),
            StoreError::Io { context, source } => write!(f, "{context}: {source}"),
            StoreError::Sqlite(e) => write!(f, "journal error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            StoreError::Sqlite(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy) | Some(rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy
            }
            _ => StoreError::Sqlite(e),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;
