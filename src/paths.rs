//! Where securebase keeps things: the journal, the config directory and the user's own
//! content files. Only the journal is written; the others are read when present.

use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use serde::Serialize;

/// The file name of the journal inside the platform data directory.
pub const JOURNAL_FILE_NAME: &str = "journal.db";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Locations {
    /// The journal file in use.
    pub journal: PathBuf,
    /// Where securebase reads its configuration from.
    pub config_dir: Option<PathBuf>,
    /// Where the user's own content files (prompts, exercises, instruments) go.
    pub content_dir: Option<PathBuf>,
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "securebase")
}

impl Locations {
    /// The locations, with the journal chosen by `--journal` / `SECUREBASE_JOURNAL` when
    /// given and the platform data directory otherwise.
    pub fn resolve(journal: Option<&Path>) -> Result<Locations, String> {
        let dirs = project_dirs();
        let journal = match journal {
            Some(path) => path.to_path_buf(),
            None => dirs
                .as_ref()
                .map(|d| d.data_dir().join(JOURNAL_FILE_NAME))
                .ok_or_else(|| {
                    "cannot find a home directory for the journal; choose one with --journal PATH"
                        .to_string()
                })?,
        };
        let config_dir = dirs.as_ref().map(|d| d.config_dir().to_path_buf());
        let content_dir = config_dir.as_ref().map(|d| d.join("prompts"));
        Ok(Locations {
            journal,
            config_dir,
            content_dir,
        })
    }
}
