//! Editing a text in the user's own editor (`$VISUAL`, then `$EDITOR`, then `vi`). The
//! text goes into a file readable only by the user, in a private directory that is
//! removed afterwards.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::process::Command;

/// The editor command to run, split into program and arguments ("code --wait").
pub fn editor_command() -> Vec<String> {
    let configured = ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.trim().is_empty());
    configured
        .unwrap_or_else(|| "vi".to_string())
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Opens `text` in the editor, waits for it to close, and returns the edited text.
pub fn edit(text: &str) -> io::Result<String> {
    let dir = tempfile::Builder::new().prefix("securebase-").tempdir()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700))?;
    }
    let path = dir.path().join("entry.md");
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&path)?.write_all(text.as_bytes())?;

    let command = editor_command();
    let (program, args) = command
        .split_first()
        .ok_or_else(|| io::Error::other("no editor is set"))?;
    let status = Command::new(program)
        .args(args)
        .arg(&path)
        .status()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot start {program}: {e}")))?;
    if !status.success() {
        return Err(io::Error::other(format!("{program} exited with {status}")));
    }
    let edited = std::fs::read_to_string(&path)?;
    // Editors add a final newline; the text did not have one.
    Ok(edited.strip_suffix('\n').unwrap_or(&edited).to_string())
}
