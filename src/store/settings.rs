//! Key/value app state: first run done, preferences.

use rusqlite::{OptionalExtension, params};

use super::{Journal, StoreResult};

/// The settings securebase knows; the string is what the `settings` table stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingKey {
    /// Set once the first-run welcome has been read.
    WelcomeSeen,
}

impl SettingKey {
    pub fn as_str(self) -> &'static str {
        match self {
            SettingKey::WelcomeSeen => "welcome_seen",
        }
    }
}

impl Journal {
    pub fn setting(&self, key: SettingKey) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![key.as_str()],
                |r| r.get(0),
            )
            .optional()?)
    }

    pub fn set_setting(&mut self, key: SettingKey, value: &str) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key.as_str(), value],
        )?;
        Ok(())
    }

    pub fn flag(&self, key: SettingKey) -> StoreResult<bool> {
        Ok(self.setting(key)?.as_deref() == Some("1"))
    }
}
