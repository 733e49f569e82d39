//! Where key presses come from: the real terminal, or a script in tests.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyModifiers};

/// What the app reacts to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppEvent {
    Key(KeyEvent),
    /// The terminal changed size; the next draw adapts.
    Resize,
    /// Nothing happened for a while: time for clocks, autosaves and the date rolling over.
    Tick,
    /// The process was asked to stop (SIGTERM, or SIGHUP when the terminal closed): save
    /// what is pending and quit, as if the user had.
    Terminate,
}

pub trait EventSource {
    /// The next event, or `None` when there will be no more (the end of a script).
    fn next_event(&mut self) -> io::Result<Option<AppEvent>>;
}

/// Events from the terminal, with a tick whenever nothing happened for `tick`.
pub struct TerminalEvents {
    pub tick: Duration,
    /// Set by the signal handlers.
    stop: Arc<AtomicBool>,
}

impl TerminalEvents {
    /// Terminal events, plus [`AppEvent::Terminate`] when SIGTERM or SIGHUP arrives.
    pub fn new() -> io::Result<TerminalEvents> {
        let stop = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register(signal, Arc::clone(&stop))?;
        }
        Ok(TerminalEvents {
            tick: Duration::from_millis(250),
            stop,
        })
    }
}

impl EventSource for TerminalEvents {
    fn next_event(&mut self) -> io::Result<Option<AppEvent>> {
        if self.stop.load(Ordering::SeqCst) {
            return Ok(Some(AppEvent::Terminate));
        }
        if !event::poll(self.tick)? {
            return Ok(Some(AppEvent::Tick));
        }
        Ok(Some(match event::read()? {
            Event::Key(key) => AppEvent::Key(key),
            Event::Resize(..) => AppEvent::Resize,
            _ => AppEvent::Tick,
        }))
    }
}

/// A fixed list of events, for driving the whole app in tests.
#[derive(Debug, Default)]
pub struct ScriptedEvents {
    queue: VecDeque<AppEvent>,
}

impl ScriptedEvents {
    pub fn new() -> Self {
        Self::default()
    }

    /// Key presses written as text: every character is one key, and `<Esc>`, `<Enter>`,
    /// `<Tab>`, `<BackTab>`, `<Up>`, `<Down>`, `<Left>`, `<Right>`, `<Backspace>`,
    /// `<PgUp>`, `<PgDn>`, `<F1>` and `<C-x>` name special keys.
    pub fn keys(mut self, text: &str) -> Self {
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if c == '<'
                && let Some(end) = rest.find('>')
                && let Some(key) = named_key(&rest[1..end])
            {
                self.queue.push_back(AppEvent::Key(key));
                rest = &rest[end + 1..];
                continue;
            }
            self.queue.push_back(AppEvent::Key(KeyEvent::new(
                KeyCode::Char(c),
                KeyModifiers::NONE,
            )));
            rest = &rest[c.len_utf8()..];
        }
        self
    }

    pub fn event(mut self, event: AppEvent) -> Self {
        self.queue.push_back(event);
        self
    }
}

fn named_key(name: &str) -> Option<KeyEvent> {
    let code = match name {
        "Esc" => KeyCode::Esc,
        "Enter" => KeyCode::Enter,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Backspace" => KeyCode::Backspace,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Space" => KeyCode::Char(' '),
        f if f.starts_with('F') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().unwrap_or(1))
        }
        ctrl if ctrl.starts_with("C-") && ctrl.len() == 3 => {
            let c = ctrl.chars().nth(2)?;
            return Some(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        }
        _ => return None,
    };
    Some(KeyEvent::new(code, KeyModifiers::NONE))
}

impl EventSource for ScriptedEvents {
    fn next_event(&mut self) -> io::Result<Option<AppEvent>> {
        Ok(self.queue.pop_front())
    }
}
