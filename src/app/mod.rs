//! The TUI: a key becomes an [`Action`] through the keymap, the active screen (or the app)
//! handles it and may return a [`Command`], the app carries out commands against the
//! journal, reloads what changed, and draws. Drawing only reads state.

mod commands;
pub mod events;
pub mod external;
pub mod keymap;
pub mod terminal;

use std::fmt;
use std::rc::Rc;

use chrono::NaiveDate;
use ratatui::backend::Backend;
use ratatui::layout::{Constraint, Layout};
use ratatui::{Frame, Terminal};

use crate::clock::Clock;
use crate::content::Content;
use crate::daily;
use crate::screens::{self, LoadContext, Screen, ScreenId};
use crate::store::{Journal, SettingKey, StoreError};
use crate::theme::Theme;
use crate::widgets::{help_overlay, hint_bar, support_offer, tab_bar, too_small, welcome};
pub use commands::Command;
use commands::Effect;
use events::{AppEvent, EventSource};
use external::ExternalEditor;
use keymap::{Action, Binding, HelpRow};

/// Something drawn over the active screen that takes the keys while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Welcome,
    Help,
    /// A gentle offer of the Support screen after an entry that mentions a crisis.
    SupportOffer,
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
    /// The day the screens were last prepared for; a new day chooses a new prompt.
    day: NaiveDate,
    /// Text waiting to be opened in the user's editor by the run loop.
    external_request: Option<String>,
    /// A one-line message in the hint bar, until the next key.
    notice: Option<String>,
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
        let day = clock.today();
        let mut app = App {
            journal,
            content: Rc::new(content),
            clock,
            theme,
            screens: screens::all(),
            active: ScreenId::Today,
            back: Vec::new(),
            overlay,
            day,
            external_request: None,
            notice: None,
            quit: false,
        };
        app.prepare_day()?;
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

    /// Makes sure today has its prompt chosen (and so stays the same all day).
    fn prepare_day(&mut self) -> Result<(), AppError> {
        self.day = self.clock.today();
        daily::todays_prompt(&mut self.journal, &self.content, self.day)?;
        Ok(())
    }

    fn reload(&mut self, id: ScreenId) -> Result<(), AppError> {
        let ctx = LoadContext {
            journal: &self.journal,
            content: &self.content,
            theme: &self.theme,
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

    /// The keys of the active screen (or the overlay), most specific first: what help and
    /// the hint bar describe.
    fn screen_tables(&self) -> Vec<&'static [Binding]> {
        match self.overlay {
            Some(Overlay::Welcome) => return vec![keymap::WELCOME],
            Some(Overlay::SupportOffer) => return vec![keymap::SUPPORT_OFFER],
            Some(Overlay::Help) | None => {}
        }
        let screen = self.screen(self.active);
        let mut tables = screen.bindings();
        tables.push(if screen.is_editing() {
            keymap::EDITING_GLOBAL
        } else {
            keymap::GLOBAL
        });
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

    /// Reacts to one event. A journal error (another process holding the journal too
    /// long, a full disk) does not end the app: the screen keeps what was being saved,
    /// the hint bar says what happened, and the next try may succeed.
    pub fn handle_event(&mut self, event: AppEvent) -> Result<(), AppError> {
        match self.react(event) {
            Err(AppError::Store(e)) => {
                self.notice = Some(format!("Not saved: {e}. Nothing is lost; try again."));
                self.screen_mut(self.active).save_failed();
                Ok(())
            }
            other => other,
        }
    }

    fn react(&mut self, event: AppEvent) -> Result<(), AppError> {
        let idle = match event {
            AppEvent::Key(key) => {
                self.notice = None;
                match keymap::resolve(&key, &self.input_tables()) {
                    Some(action) => self.handle_action(action)?,
                    None if self.overlay.is_none() && self.screen(self.active).is_editing() => {
                        if let Some(command) = self.screen_mut(self.active).input(key) {
                            self.execute(command)?;
                        }
                    }
                    None => {}
                }
                false
            }
            AppEvent::Resize => false,
            AppEvent::Tick => true,
            AppEvent::Terminate => {
                self.handle_action(Action::Quit)?;
                return Ok(());
            }
        };
        if self.clock.today() != self.day {
            self.prepare_day()?;
            self.reload_all()?;
        }
        let now = self.clock.now();
        if let Some(command) = self.screen_mut(self.active).tick(now, idle) {
            self.execute(command)?;
        }
        Ok(())
    }

    fn handle_action(&mut self, action: Action) -> Result<(), AppError> {
        match (self.overlay, action) {
            (_, Action::Quit) => {
                self.leave_active()?;
                self.quit = true;
            }
            (Some(Overlay::Welcome), Action::Confirm) => {
                self.journal.set_setting(SettingKey::WelcomeSeen, "1")?;
                self.overlay = None;
            }
            (Some(Overlay::SupportOffer), Action::Confirm) => {
                self.overlay = None;
                self.go_to(ScreenId::Support)?;
            }
            (Some(Overlay::SupportOffer), Action::Back) => self.overlay = None,
            (Some(Overlay::Welcome | Overlay::SupportOffer), _) => {}
            (Some(Overlay::Help), Action::ToggleHelp) => self.overlay = None,
            (Some(Overlay::Help), _) => {
                // Any other key closes help and then does what it says.
                self.overlay = None;
                self.handle_action(action)?;
            }
            (None, Action::ToggleHelp) => self.overlay = Some(Overlay::Help),
            (None, Action::Back) => {
                if let Some(previous) = self.back.pop() {
                    self.leave_active()?;
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
        match command {
            Command::GoTo(id) => return self.go_to(id),
            Command::OpenFollowUp => {
                self.go_to(ScreenId::Practice)?;
                if let Some(command) = self.screen_mut(ScreenId::Practice).handle(Action::FollowUp)
                {
                    self.execute(command)?;
                }
                return Ok(());
            }
            Command::Write => {
                self.go_to(ScreenId::Reflect)?;
                if let Some(command) = self
                    .screen_mut(ScreenId::Reflect)
                    .handle(Action::StartWriting)
                {
                    self.execute(command)?;
                }
                return Ok(());
            }
            Command::EditExternally { text } => {
                self.external_request = Some(text);
                return Ok(());
            }
            command => {
                let now = self.clock.now();
                let effect = commands::execute(&mut self.journal, &self.content, now, command)?;
                if effect == Effect::OfferSupport {
                    self.overlay = Some(Overlay::SupportOffer);
                }
            }
        }
        // The journal changed. Only the visible screen shows it now; every other screen
        // reloads when it is opened.
        self.reload(self.active)
    }

    /// Lets the active screen save what is pending before it is left.
    fn leave_active(&mut self) -> Result<(), AppError> {
        if let Some(command) = self.screen_mut(self.active).before_leaving() {
            self.execute(command)?;
        }
        Ok(())
    }

    fn go_to(&mut self, id: ScreenId) -> Result<(), AppError> {
        if id == self.active {
            return Ok(());
        }
        self.leave_active()?;
        self.back.retain(|s| *s != id);
        self.back.push(self.active);
        self.active = id;
        self.reload(id)
    }

    /// The text the active screen wants edited in the user's editor, if any.
    pub fn take_external_request(&mut self) -> Option<String> {
        self.external_request.take()
    }

    /// Hands the result of external editing back to the screen that asked.
    pub fn external_result(&mut self, result: std::io::Result<String>) {
        match result {
            Ok(text) => self.screen_mut(self.active).receive_text(text),
            Err(e) => self.notice = Some(format!("The editor did not run: {e}")),
        }
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
        hint_bar::render(frame, hints, &rows, self.notice.as_deref(), &self.theme);
        match self.overlay {
            Some(Overlay::Help) => {
                help_overlay::render(frame, area, self.active.title(), &rows, &self.theme)
            }
            Some(Overlay::Welcome) => welcome::render(frame, area, &self.theme),
            Some(Overlay::SupportOffer) => support_offer::render(frame, area, &self.theme),
            None => {}
        }
    }
}

/// Runs the app until the user quits or the events run out.
pub fn run<B: Backend, E: EventSource>(
    app: &mut App,
    terminal: &mut Terminal<B>,
    events: &mut E,
    editor: &mut dyn ExternalEditor,
) -> Result<(), AppError> {
    let terminal_error = |e: B::Error| AppError::Terminal(e.to_string());
    terminal
        .draw(|frame| app.draw(frame))
        .map_err(terminal_error)?;
    while !app.should_quit() {
        let Some(event) = events
            .next_event()
            .map_err(|e| AppError::Terminal(e.to_string()))?
        else {
            break;
        };
        app.handle_event(event)?;
        if let Some(text) = app.take_external_request() {
            let result = editor.edit(&text);
            app.external_result(result);
            terminal.clear().map_err(terminal_error)?;
        }
        terminal
            .draw(|frame| app.draw(frame))
            .map_err(terminal_error)?;
    }
    Ok(())
}
