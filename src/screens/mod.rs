//! One file per screen. A screen keeps its own UI state and view model, loads the view
//! model from the journal when the app asks (never while drawing), turns actions into
//! changes of its state or into [`Command`]s for the app, and draws itself.

mod assessment;
mod checkin;
mod history;
mod practice;
mod progress;
mod reflect;
mod support;
mod today;

use std::rc::Rc;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::app::Command;
use crate::app::keymap::{Action, Binding};
use crate::content::Content;
use crate::store::{Journal, StoreResult};
use crate::theme::Theme;

pub use assessment::AssessmentScreen;
pub use checkin::CheckinScreen;
pub use history::HistoryScreen;
pub use practice::PracticeScreen;
pub use progress::ProgressScreen;
pub use reflect::ReflectScreen;
pub use support::SupportScreen;
pub use today::TodayScreen;

/// The screens, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Today,
    Assessment,
    Reflect,
    Checkin,
    Practice,
    Progress,
    History,
    Support,
}

impl ScreenId {
    pub const ALL: [ScreenId; 8] = [
        ScreenId::Today,
        ScreenId::Assessment,
        ScreenId::Reflect,
        ScreenId::Checkin,
        ScreenId::Practice,
        ScreenId::Progress,
        ScreenId::History,
        ScreenId::Support,
    ];

    /// The name in the tab bar and in headings.
    pub fn title(self) -> &'static str {
        match self {
            ScreenId::Today => "Today",
            ScreenId::Assessment => "Assess",
            ScreenId::Reflect => "Reflect",
            ScreenId::Checkin => "Check-in",
            ScreenId::Practice => "Practice",
            ScreenId::Progress => "Progress",
            ScreenId::History => "History",
            ScreenId::Support => "Support",
        }
    }

    /// Position in the tab bar, counting from 0.
    pub fn index(self) -> usize {
        ScreenId::ALL
            .iter()
            .position(|s| *s == self)
            .expect("every screen is in ALL")
    }

    /// The screen `step` tabs away, wrapping around.
    pub fn offset(self, step: isize) -> ScreenId {
        let n = ScreenId::ALL.len() as isize;
        ScreenId::ALL[(self.index() as isize + step).rem_euclid(n) as usize]
    }
}

/// What a screen may read when it (re)loads its view model.
pub struct LoadContext<'a> {
    pub journal: &'a Journal,
    pub content: &'a Rc<Content>,
    pub theme: &'a Theme,
    pub now: NaiveDateTime,
}

pub trait Screen {
    fn id(&self) -> ScreenId;

    /// The screen's own keys, in its current state; they take precedence over the
    /// global ones.
    fn bindings(&self) -> Vec<&'static [Binding]> {
        Vec::new()
    }

    /// Rebuilds the view model from the journal. Called on start, after every command
    /// that changed the journal, and when the screen is opened.
    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        let _ = ctx;
        Ok(())
    }

    /// Reacts to one of its own actions.
    fn handle(&mut self, action: Action) -> Option<Command> {
        let _ = action;
        None
    }

    /// Whether the screen is taking text: then keys that are not its own bindings (or
    /// the few editing-global ones) go to [`Screen::input`] instead of the global keymap.
    fn is_editing(&self) -> bool {
        false
    }

    /// A key typed while editing.
    fn input(&mut self, key: KeyEvent) -> Option<Command> {
        let _ = key;
        None
    }

    /// Called after every event with the time; `idle` when the event was the pause tick.
    /// The place for autosaving and timers.
    fn tick(&mut self, now: NaiveDateTime, idle: bool) -> Option<Command> {
        let _ = (now, idle);
        None
    }

    /// Called before the app quits or the user leaves the screen: save what is pending.
    fn before_leaving(&mut self) -> Option<Command> {
        None
    }

    /// The last command from this screen could not be saved: keep (or take back) what
    /// was being saved so nothing is lost, and let it be saved again.
    fn save_failed(&mut self) {}

    /// Text coming back from the user's external editor.
    fn receive_text(&mut self, text: String) {
        let _ = text;
    }

    /// Draws the screen into `area`, reading only its own state.
    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme);
}

/// Every screen, in tab order, ready to load.
pub fn all() -> Vec<Box<dyn Screen>> {
    let screens: Vec<Box<dyn Screen>> = vec![
        Box::new(TodayScreen::default()),
        Box::new(AssessmentScreen::default()),
        Box::new(ReflectScreen::default()),
        Box::new(CheckinScreen::default()),
        Box::new(PracticeScreen::default()),
        Box::new(ProgressScreen),
        Box::new(HistoryScreen),
        Box::new(SupportScreen::default()),
    ];
    debug_assert!(screens.iter().map(|s| s.id()).eq(ScreenId::ALL));
    screens
}
