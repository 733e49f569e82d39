//! Versioned schema migrations on `PRAGMA user_version`, each in its own transaction.
//!
//! A migration is never edited once released: a change to the schema is a new file in
//! `migrations/` and a new line in [`MIGRATIONS`], plus a fixture of the old version in
//! `tests/fixtures/`.

use rusqlite::{Connection, TransactionBehavior};

use super::{APPLICATION_ID, StoreResult};

struct Migration {
    version: i64,
    sql: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: include_str!("migrations/001_settings.sql"),
    },
    Migration {
        version: 2,
        sql: include_str!("migrations/002_assessments.sql"),
    },
    Migration {
        version: 3,
        sql: include_str!("migrations/003_reflections.sql"),
    },
    Migration {
        version: 4,
        sql: include_str!("migrations/004_checkins.sql"),
    },
    Migration {
        version: 5,
        sql: include_str!("migrations/005_practice.sql"),
    },
];

/// The newest schema version this securebase knows.
pub const LATEST_VERSION: i64 = MIGRATIONS[MIGRATIONS.len() - 1].version;

/// Brings the journal up to [`LATEST_VERSION`], one transaction per migration.
pub(super) fn migrate(conn: &mut Connection) -> StoreResult<()> {
    for migration in MIGRATIONS {
        // Immediate: take the write lock first, then re-read the version, so two processes
        // opening an old journal at once cannot both apply the same step.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if current >= migration.version {
            continue;
        }
        if current == 0 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.execute_batch(migration.sql)?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
    }
    Ok(())
}
