//! Entering and leaving full-screen mode. The terminal is restored on every way out: a
//! normal quit, an error (the guard's drop), and a panic (the hook).

use std::io::{self, Stdout, Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::{Hide, Show};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub type RealTerminal = Terminal<CrosstermBackend<Stdout>>;

/// Whether the terminal is in full-screen mode now. Restoring twice would leave the
/// alternate screen twice, and the second time moves the cursor back to where the app
/// started, over whatever was printed in between (such as a panic message).
static FULL_SCREEN: AtomicBool = AtomicBool::new(false);

/// Restores the terminal when dropped.
pub struct TerminalGuard {
    _private: (),
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Switches to raw mode and the alternate screen, and makes sure a panic restores both.
pub fn enter() -> io::Result<(RealTerminal, TerminalGuard)> {
    install_panic_hook();
    enable_raw_mode()?;
    FULL_SCREEN.store(true, Ordering::SeqCst);
    let guard = TerminalGuard { _private: () };
    execute!(stdout(), EnterAlternateScreen, Hide)?;
    let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    Ok((terminal, guard))
}

/// Leaves raw mode and the alternate screen and shows the cursor. Safe to call twice:
/// only the first call after entering does anything.
pub fn restore() {
    if !FULL_SCREEN.swap(false, Ordering::SeqCst) {
        return;
    }
    let _ = disable_raw_mode();
    let _ = execute!(stdout(), LeaveAlternateScreen, Show);
    let _ = stdout().flush();
}

/// Hands the terminal to another program (the user's editor).
pub fn suspend() {
    restore();
}

/// Takes the terminal back after [`suspend`].
pub fn resume() -> io::Result<()> {
    enable_raw_mode()?;
    FULL_SCREEN.store(true, Ordering::SeqCst);
    execute!(stdout(), EnterAlternateScreen, Hide)?;
    Ok(())
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        restore();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_string());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "securebase stopped because of an internal error ({what}{place}). \
             Everything saved before this moment is safe in your journal."
        );
    }));
}
