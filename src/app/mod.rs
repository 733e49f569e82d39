//! The TUI: a key becomes an [`Action`] through the keymap, the active screen (or the app)
//! handles it and may return a [`Command`], the app carries out commands against the
//! journal, reloads what changed, and draws. Drawing only reads state.

mod commands;
pub mod events;
pub mod keymap;
pub mod terminal;

use std::fmt;
use std::rc::Rc;

use ratatui::backend::Backend;
use ratatui::layout::{Constraint, Layout};
use ratatui::{Frame, Terminal};

use crate::clock::Clock;
use crate::content::Content;
use crate::screens::{self, LoadContext, Screen, ScreenId};
use crate::store::{Journal, SettingKey, StoreError};
use crate::theme::Theme;
use crate::widgets::{help_overlay, hint_bar, tab_bar, too_small, welcome};
use events::{AppEvent, EventSource};
use keymap::{Action, Binding, HelpRow};

/// What a screen asks the app to do; the app carries it out against the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    GoTo(ScreenId),
    StartAssessment {
        instrument_id: String,
    },
    /// Save one answer and where the user now is; `finish` scores and completes the session.
    AnswerAssessment {
        session_id: i64,
        item_id: String,
        value: u8,
        position: usize,
        finish: bool,
    },
    SetAssessmentPosition {
        session_id: i64,
        position: usize,
    },
    CompleteAssessment {
        session_id: i64,
    },
    DiscardAssessment {
        session_id: i64,
    },
}

/// Something drawn over the active screen that takes the keys while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Welcome,
    Help,
}

#[derive(Debug)]
pub enum AppError {
    Store(StoreError),
    Terminal(String),
    /// The journal holds something the content cannot explain (an unknown instrument).
    Content(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Store(e) => e.fmt(f),
            AppError::Terminal(e) => write!(f, "terminal error: {e}"),
            AppError::Content(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for AppError {}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::Store(e)
    }
}

pub struct App {
    journal: Journal,
    content: Rc<Content>,
    clock: Box<dyn Clock>,
    theme: Theme,
    screens: Vec<Box<dyn Screen>>,
    active: ScreenId,
    /// Screens to return to with Esc, most recent last.
    back: Vec<ScreenId>,
    overlay: Option<Overlay>,
    quit: bool,
}

impl App {
    pub fn new(
        journal: Journal,
        content: Content,
        clock: Box<dyn Clock>,
        theme: Theme,
    ) -> Result<App, AppError> {
        let overlay = if journal.flag(SettingKey::WelcomeSeen)? {
            None
        } else {
            Some(Overlay::Welcome)
        };
        let mut app = App {
            journal,
            content: Rc::new(content),
            clock,
            theme,
            screens: screens::all(),
            active: ScreenId::Today,
            back: Vec::new(),
            overlay,
            quit: false,
        };
        app.reload_all()?;
        Ok(app)
    }

    pub fn active(&self) -> ScreenId {
        self.active
    }

    pub fn overlay(&self) -> Option<Overlay> {
        self.overlay
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    fn screen(&self, id: ScreenId) -> &dyn Screen {
        self.screens[id.index()].as_ref()
    }

    fn screen_mut(&mut self, id: ScreenId) -> &mut dyn Screen {
        self.screens[id.index()].as_mut()
    }

    fn reload(&mut self, id: ScreenId) -> Result<(), AppError> {
        let ctx = LoadContext {
            journal: &self.journal,
            content: &self.content,
            now: self.clock.now(),
        };
        self.screens[id.index()].load(&ctx)?;
        Ok(())
    }

    fn reload_all(&mut self) -> Result<(), AppError> {
        for id in ScreenId::ALL {
            self.reload(id)?;
        }
        Ok(())
    }

    /// The keys of the active screen (or the welcome), most specific first: what help and
    /// the hint bar describe.
    fn screen_tables(&self) -> Vec<&'static [Binding]> {
        if self.overlay == Some(Overlay::Welcome) {
            return vec![keymap::WELCOME];
        }
        let mut tables = self.screen(self.active).bindings();
        tables.push(keymap::GLOBAL);
        tables
    }

    /// The tables a key press is looked up in: open help closes on its own keys first.
    fn input_tables(&self) -> Vec<&'static [Binding]> {
        let mut tables = self.screen_tables();
        if self.overlay == Some(Overlay::Help) {
            tables.insert(0, keymap::HELP_OVERLAY);
        }
        tables
    }

    /// The keys of the active screen and the global ones, as help lists them.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        keymap::effective(&self.screen_tables())
    }

    pub fn handle_event(&mut self, event: AppEvent) -> Result<(), AppError> {
        match event {
            AppEvent::Key(key) => {
                if let Some(action) = keymap::resolve(&key, &self.input_tables()) {
                    self.handle_action(action)?;
                }
            }
            AppEvent::Resize | AppEvent::Tick => {}
        }
        Ok(())
    }

    fn handle_action(&mut self, action: Action) -> Result<(), AppError> {
        match (self.overlay, action) {
            (_, Action::Quit) => self.quit = true,
            (Some(Overlay::Welcome), Action::Confirm) => {
                self.journal.set_setting(SettingKey::WelcomeSeen, "1")?;
                self.overlay = None;
            }
            (Some(Overlay::Welcome), _) => {}
            (Some(Overlay::Help), Action::ToggleHelp | Action::Back) => self.overlay = None,
            (Some(Overlay::Help), _) => {
                // Any other key closes help and then does what it says.
                self.overlay = None;
                self.handle_action(action)?;
            }
            (None, Action::ToggleHelp) => self.overlay = Some(Overlay::Help),
            (None, Action::Back) => {
                if let Some(previous) = self.back.pop() {
                    self.active = previous;
                    self.reload(previous)?;
                }
            }
            (None, Action::GoTo(id)) => self.go_to(id)?,
            (None, Action::NextScreen) => self.go_to(self.active.offset(1))?,
            (None, Action::PrevScreen) => self.go_to(self.active.offset(-1))?,
            (None, other) => {
                if let Some(command) = self.screen_mut(self.active).handle(other) {
                    self.execute(command)?;
                }
            }
        }
        Ok(())
    }

    fn execute(&mut self, command: Command) -> Result<(), AppError> {
        if let Command::GoTo(id) = command {
            return self.go_to(id);
        }
        commands::execute(&mut self.journal, &self.content, self.clock.now(), command)?;
        // The journal changed: every view built from it is out of date.
        self.reload_all()
    }

    fn go_to(&mut self, id: ScreenId) -> Result<(), AppError> {
        if id == self.active {
            return Ok(());
        }
        self.back.retain(|s| *s != id);
        self.back.push(self.active);
        self.active = id;
        self.reload(id)
    }

    /// Draws the whole app. Reads state only.
    pub fn draw(&self, frame: &mut Frame<'_>) {
        let area = frame.area();
        if !too_small::fits(area) {
            too_small::render(frame, area, &self.theme);
            return;
        }
        let [tabs, body, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        tab_bar::render(frame, tabs, self.active, &self.theme);
        self.screen(self.active).render(frame, body, &self.theme);
        let rows = self.help_rows();
        hint_bar::render(frame, hints, &rows, &self.theme);
        match self.overlay {
            Some(Overlay::Help) => {
                help_overlay::render(frame, area, self.active.title(), &rows, &self.theme)
            }
            Some(Overlay::Welcome) => welcome::render(frame, area, &self.theme),
            None => {}
        }
    }
}

/// Runs the app until the user quits or the events run out.
pub fn run<B: Backend, E: EventSource>(
    app: &mut App,
    terminal: &mut Terminal<B>,
    events: &mut E,
) -> Result<(), AppError> {
    let draw = |app: &App, terminal: &mut Terminal<B>| {
        terminal
            .draw(|frame| app.draw(frame))
            .map(|_| ())
            .map_err(|e| AppError::Terminal(e.to_string()))
    };
    draw(app, terminal)?;
    while !app.should_quit() {
        let Some(event) = events
            .next_event()
            .map_err(|e| AppError::Terminal(e.to_string()))?
        else {
            break;
        };
        app.handle_event(event)?;
        draw(app, terminal)?;
    }
    Ok(())
}
