//! Helpers for driving the whole app with keys and reading what it drew.
#![allow(dead_code)]

pub mod cli;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use securebase::app::events::ScriptedEvents;
use securebase::app::external::ExternalEditor;
use securebase::app::{self, App};
use securebase::clock::FixedClock;
use securebase::content::Content;
use securebase::store::{Journal, SettingKey};
use securebase::theme::Theme;

pub struct Harness {
    pub app: App,
    pub terminal: Terminal<TestBackend>,
    pub editor: FakeEditor,
}

/// Stands in for `$EDITOR`: records what it was given and returns `reply` (or fails).
#[derive(Default)]
pub struct FakeEditor {
    pub given: Vec<String>,
    pub reply: Option<String>,
}

impl ExternalEditor for FakeEditor {
    fn edit(&mut self, text: &str) -> std::io::Result<String> {
        self.given.push(text.to_string());
        self.reply
            .clone()
            .ok_or_else(|| std::io::Error::other("no editor in tests"))
    }
}

impl Harness {
    /// A fresh in-memory journal, as a brand-new user has it (welcome not yet seen).
    pub fn new_user() -> Harness {
        Harness::with_journal(Journal::open_in_memory().unwrap(), 80, 24)
    }

    /// A user who has already read the welcome.
    pub fn returning_user() -> Harness {
        let mut journal = Journal::open_in_memory().unwrap();
        journal.set_setting(SettingKey::WelcomeSeen, "1").unwrap();
        Harness::with_journal(journal, 80, 24)
    }

    pub fn with_journal(journal: Journal, width: u16, height: u16) -> Harness {
        // Monday 23 November 2026, noon.
        Harness::on_day(journal, FixedClock::on(2026, 11, 23), width, height)
    }

    /// The app on another day (a fixed clock), for what happens a day or more later.
    pub fn on_day(journal: Journal, clock: FixedClock, width: u16, height: u16) -> Harness {
        let content = Content::builtin().unwrap();
        let app = App::new(journal, content, Box::new(clock), Theme::colour()).unwrap();
        let terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        Harness {
            app,
            terminal,
            editor: FakeEditor::default(),
        }
    }

    /// Presses the keys (see [`ScriptedEvents::keys`]) and draws after each.
    pub fn keys(&mut self, keys: &str) -> &mut Self {
        let mut events = ScriptedEvents::new().keys(keys);
        app::run(
            &mut self.app,
            &mut self.terminal,
            &mut events,
            &mut self.editor,
        )
        .unwrap();
        self
    }

    /// Lets the app notice a pause in typing (the autosave tick).
    pub fn pause(&mut self) -> &mut Self {
        let mut events = ScriptedEvents::new().event(securebase::app::events::AppEvent::Tick);
        app::run(
            &mut self.app,
            &mut self.terminal,
            &mut events,
            &mut self.editor,
        )
        .unwrap();
        self
    }

    /// Draws the current state without pressing anything.
    pub fn draw(&mut self) -> &mut Self {
        self.keys("")
    }

    /// The screen as text, one line per row, trailing spaces removed.
    pub fn screen(&self) -> String {
        let buffer = self.terminal.backend().buffer();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            for x in 0..buffer.area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    pub fn resize(&mut self, width: u16, height: u16) -> &mut Self {
        self.terminal.backend_mut().resize(width, height);
        self.terminal.autoresize().unwrap();
        self.draw()
    }
}
