//! Looking at a journal file before SQLite does, and creating it privately.
//!
//! SQLite will happily open any file and write to it; these checks make sure we only ever
//! write to an empty file or to a file that already is a securebase journal.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use super::{APPLICATION_ID, StoreError, StoreResult};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
const HEADER_LEN: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FileState {
    Missing,
    /// Zero bytes: what an interrupted first start leaves, safe to initialise.
    Empty,
    /// A securebase journal, with the schema version its header records.
    Journal {
        user_version: i64,
    },
}

/// Reads the first 100 bytes of `path` and says what kind of file it is.
pub(super) fn inspect(path: &Path) -> StoreResult<FileState> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(e) => return Err(io_error(format!("cannot open {}", path.display()), e)),
    };
    let meta = file
        .metadata()
        .map_err(|e| io_error(format!("cannot read {}", path.display()), e))?;
    if meta.is_dir() {
        return Err(io_error(
            format!("{} is a directory, not a journal file", path.display()),
            io::Error::from(io::ErrorKind::IsADirectory),
        ));
    }
    let mut header = Vec::with_capacity(HEADER_LEN);
    file.by_ref()
        .take(HEADER_LEN as u64)
        .read_to_end(&mut header)
        .map_err(|e| io_error(format!("cannot read {}", path.display()), e))?;
    if header.is_empty() {
        return Ok(FileState::Empty);
    }
    if header.len() < HEADER_LEN || &header[..16] != SQLITE_MAGIC {
        return Err(StoreError::NotSqlite { path: path.into() });
    }
    let user_version = i32::from_be_bytes(header[60..64].try_into().expect("4 bytes"));
    let app_id = i32::from_be_bytes(header[68..72].try_into().expect("4 bytes"));
    if app_id != APPLICATION_ID {
        return Err(StoreError::Foreign { path: path.into() });
    }
    Ok(FileState::Journal {
        user_version: i64::from(user_version),
    })
}

/// Creates `path` with mode 0600, and any missing parent directories with mode 0700.
pub(super) fn create_private_file(path: &Path) -> StoreResult<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(parent)
            .map_err(|e| io_error(format!("cannot create directory {}", parent.display()), e))?;
    }
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another securebase created it a moment ago: fine, it will be checked by SQLite.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io_error(format!("cannot create {}", path.display()), e)),
    }
}

/// Makes sure only the owner can read the journal (mode 0600), whatever the umask was.
pub(super) fn make_private(path: &Path) -> StoreResult<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::metadata(path)
            .map_err(|e| io_error(format!("cannot read {}", path.display()), e))?;
        if meta.permissions().mode() & 0o777 != 0o600 {
            fs::set_permissions(path, fs::Permissions::from_mode(0o600))
                .map_err(|e| io_error(format!("cannot make {} private", path.display()), e))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

fn io_error(context: String, source: io::Error) -> StoreError {
    StoreError::Io { context, source }
}
