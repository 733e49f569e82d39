//! How the app reaches the user's own editor. The run loop asks an [`ExternalEditor`], so
//! tests can stand in for a real one.

use std::io;

use super::terminal;

pub trait ExternalEditor {
    /// Lets the user edit `text` and returns the result.
    fn edit(&mut self, text: &str) -> io::Result<String>;
}

/// The real editor: leaves full-screen mode, runs `$VISUAL`/`$EDITOR`, and comes back.
pub struct TerminalEditor;

impl ExternalEditor for TerminalEditor {
    fn edit(&mut self, text: &str) -> io::Result<String> {
        terminal::suspend();
        let result = crate::external_editor::edit(text);
        terminal::resume()?;
        result
    }
}

/// For runs without a terminal to hand over.
pub struct NoEditor;

impl ExternalEditor for NoEditor {
    fn edit(&mut self, _text: &str) -> io::Result<String> {
        Err(io::Error::other("no external editor is available here"))
    }
}
