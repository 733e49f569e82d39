//! The real binary in a real pseudo-terminal: it draws Today, quits on `q` with exit code
//! 0, and leaves the terminal as it found it.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

impl Session {
    fn start(journal: &std::path::Path, home: &std::path::Path) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_securebase"));
        cmd.arg("--journal");
        cmd.arg(journal);
        cmd.env("HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("SECUREBASE_JOURNAL");
        let child = pty.slave.spawn_command(cmd).expect("spawn");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().unwrap();
        let writer = pty.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(24).unwrap(),
            std::num::NonZeroU16::new(80).unwrap(),
            0,
        )));
        let sink = Arc::clone(&parser);
        thread::spawn(move || {
            let _master = pty.master; // keep the pty open while reading
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Session {
            parser,
            writer,
            child,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "{text:?} never appeared; the screen was:\n{}",
            self.screen()
        );
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// From a first start: past the welcome, onto Today, and into the writing screen.
    fn open_editor(&mut self) {
        self.wait_for("Welcome to securebase");
        self.send("\r");
        self.wait_for("Today's prompt");
        self.send("w");
        self.wait_for("Reflect · 0 words");
    }

    /// Sends a signal (`KILL`, `TERM`) to the app.
    #[cfg(unix)]
    fn signal(&self, name: &str) {
        let pid = self.child.process_id().expect("a pid");
        let sent = std::process::Command::new("kill")
            .args([format!("-{name}"), pid.to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
    }

    /// The terminal is as the app found it: main screen, cursor visible.
    fn assert_restored(&self) {
        let parser = self.parser.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "the alternate screen was left"
        );
        assert!(
            !parser.screen().hide_cursor(),
            "the cursor is visible again"
        );
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader take in the last bytes written before exit.
                thread::sleep(Duration::from_millis(200));
                return status;
            }
            thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        panic!(
            "securebase did not exit; the screen was:\n{}",
            self.screen()
        );
    }
}

#[test]
fn the_app_opens_on_today_and_quits_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let journal = home.path().join("journal.db");
    let mut s = Session::start(&journal, home.path());

    s.wait_for("Welcome to securebase");
    assert!(s.parser.lock().unwrap().screen().alternate_screen());
    s.send("\r");
    s.wait_for("Reflection");
    assert!(s.screen().contains("1 Today"));
    s.send("8");
    s.wait_for("Help now");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
    assert!(journal.exists());
}

#[test]
fn ctrl_c_also_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let journal = home.path().join("journal.db");
    let mut s = Session::start(&journal, home.path());
    s.wait_for("Welcome to securebase");
    s.send("\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

/// Types into the writing screen, kills the process with SIGKILL (no chance to clean
/// up), starts again, and finds the text offered back exactly.
#[cfg(unix)]
#[test]
fn a_draft_survives_sigkill() {
    let home = tempfile::tempdir().unwrap();
    let journal = home.path().join("journal.db");
    let mut s = Session::start(&journal, home.path());
    s.open_editor();
    s.send("The first paragraph, typed for real.\r\rAnd a second one, with ümlauts.");
    s.wait_for("with ümlauts.");
    // A pause in typing writes the draft within a second.
    s.wait_for("draft saved");

    s.signal("KILL");
    let status = s.wait_exit();
    assert!(!status.success(), "killed, not exited: {status:?}");

    let mut again = Session::start(&journal, home.path());
    again.wait_for("Unsaved draft");
    again.send("w");
    again.wait_for("with ümlauts.");
    let screen = again.screen();
    assert!(
        screen.contains("The first paragraph, typed for real."),
        "{screen}"
    );
    again.send("\x13"); // Ctrl-S saves it
    again.wait_for("Saved today: 1 entry");
    again.send("q");
    assert!(again.wait_exit().success());

    let conn = rusqlite::Connection::open(&journal).unwrap();
    let body: String = conn
        .query_row("SELECT body FROM entries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        body,
        "The first paragraph, typed for real.\n\nAnd a second one, with ümlauts."
    );
}

/// `kill` (SIGTERM) while writing: the text is saved and the terminal restored, as if
/// the user had quit.
#[cfg(unix)]
#[test]
fn sigterm_saves_the_text_and_restores_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let journal = home.path().join("journal.db");
    let mut s = Session::start(&journal, home.path());
    s.open_editor();
    s.send("Stopped by the system, not by me.");
    s.wait_for("not by me.");

    s.signal("TERM");
    let status = s.wait_exit();
    assert!(status.success(), "a clean exit: {status:?}");
    s.assert_restored();
    let conn = rusqlite::Connection::open(&journal).unwrap();
    let body: String = conn
        .query_row("SELECT body FROM drafts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(body, "Stopped by the system, not by me.");
}
