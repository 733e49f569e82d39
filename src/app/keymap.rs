//! Keys become actions here, and only here. Help and the hint bar are generated from these
//! same tables, so what the screen says about a key is always what the key does.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::screens::ScreenId;

/// Something the user asked for, independent of which key they pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Back,
    ToggleHelp,
    GoTo(ScreenId),
    NextScreen,
    PrevScreen,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Confirm,
    Left,
    Right,
    /// Leave the current task without losing anything (pause an assessment).
    Cancel,
    /// Pick a point of an answer scale.
    Answer(u8),
    /// Throw away an unfinished task (after confirming).
    Discard,
    /// Open the latest result.
    View,
    Yes,
    No,
    /// Today, Reflect: start writing the day's reflection.
    StartWriting,
    /// Another of the same (prompt).
    Next,
    Skip,
    FreeWriting,
    Save,
    /// Move between fields of a form.
    SwitchField,
    ExternalEditor,
    Undo,
    Redo,
    /// Pick or drop the item under the cursor.
    Toggle,
    /// Edit the latest saved thing.
    Edit,
    /// Answer the waiting follow-up of a practised exercise.
    FollowUp,
}

/// One key, as it is written in a binding table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn char(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    /// Whether a key press from the terminal is this key. Shift is ignored for characters,
    /// because terminals differ on whether `?` arrives with it.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let mut mods = event.modifiers;
        if matches!(event.code, KeyCode::Char(_)) {
            mods.remove(KeyModifiers::SHIFT);
        }
        let code = match event.code {
            KeyCode::Char(c) if self.modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        code == self.code && mods == self.modifiers
    }

    /// How the key is written in help and hints.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Esc => "Esc".to_string(),
            KeyCode::Enter => "Enter".to_string(),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => "Shift-Tab".to_string(),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => "PgUp".to_string(),
            KeyCode::PageDown => "PgDn".to_string(),
            KeyCode::Home => "Home".to_string(),
            KeyCode::End => "End".to_string(),
            KeyCode::Backspace => "Backspace".to_string(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", base.to_uppercase())
        } else {
            base
        }
    }
}

/// Keys, the action they trigger, and how help describes it.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// The line in the help overlay.
    pub help: &'static str,
    /// A word or two for the hint bar; bindings without one appear only in help.
    pub hint: Option<&'static str>,
}

impl Binding {
    pub const fn new(keys: &'static [Key], action: Action, help: &'static str) -> Binding {
        Binding {
            keys,
            action,
            help,
            hint: None,
        }
    }

    pub const fn hint(mut self, hint: &'static str) -> Binding {
        self.hint = Some(hint);
        self
    }

    pub fn matches(&self, event: &KeyEvent) -> bool {
        self.keys.iter().any(|k| k.matches(event))
    }
}

macro_rules! goto {
    ($digit:literal, $letter:literal, $screen:ident, $help:literal) => {
        Binding::new(
            &[Key::char($digit), Key::char($letter)],
            Action::GoTo(ScreenId::$screen),
            $help,
        )
    };
}

/// Keys that work on every screen unless the screen binds the same key itself.
pub const GLOBAL: &[Binding] = &[
    Binding::new(
        &[Key::char('?')],
        Action::ToggleHelp,
        "Show or hide this help",
    )
    .hint("help"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Action::Back, "Go back").hint("back"),
    Binding::new(&[Key::char('q')], Action::Quit, "Quit securebase").hint("quit"),
    Binding::new(&[Key::ctrl('c')], Action::Quit, "Quit, even while typing"),
    Binding::new(
        &[Key::plain(KeyCode::Tab)],
        Action::NextScreen,
        "Next screen",
    ),
    Binding::new(
        &[Key::plain(KeyCode::BackTab)],
        Action::PrevScreen,
        "Previous screen",
    ),
    goto!('1', 't', Today, "Today"),
    goto!('2', 'a', Assessment, "Assessment"),
    goto!('3', 'r', Reflect, "Reflect"),
    goto!('4', 'c', Checkin, "Check-in"),
    goto!('5', 'p', Practice, "Practice"),
    goto!('6', 'g', Progress, "Progress"),
    goto!('7', 'h', History, "History"),
    goto!('8', 's', Support, "Support"),
];

macro_rules! digit_bindings {
    ($($digit:literal => $value:literal),*) => {
        [$(Binding::new(&[Key::char($digit)], Action::Answer($value), "Answer with that number")
            .hint("answer")),*]
    };
}

/// One binding per digit. A screen that takes numbers offers the slice it accepts
/// (`&DIGITS[1..=7]` for a 1–7 scale), so the other digits keep their global meaning.
pub const DIGITS: [Binding; 10] = digit_bindings!(
    '0' => 0, '1' => 1, '2' => 2, '3' => 3, '4' => 4,
    '5' => 5, '6' => 6, '7' => 7, '8' => 8, '9' => 9
);

/// Scrolling keys shared by screens that show long text.
pub const SCROLLING: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Scroll up",
    )
    .hint("scroll"),
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Scroll down",
    ),
    Binding::new(&[Key::plain(KeyCode::PageUp)], Action::PageUp, "Page up"),
    Binding::new(
        &[Key::plain(KeyCode::PageDown), Key::char(' ')],
        Action::PageDown,
        "Page down",
    ),
    Binding::new(&[Key::plain(KeyCode::Home)], Action::Top, "To the top"),
    Binding::new(&[Key::plain(KeyCode::End)], Action::Bottom, "To the end"),
];

/// The only global keys while a screen takes text: everything else is typed.
pub const EDITING_GLOBAL: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::F(1))],
        Action::ToggleHelp,
        "Show or hide this help",
    )
    .hint("help"),
    Binding::new(
        &[Key::ctrl('c')],
        Action::Quit,
        "Quit securebase (your draft is kept)",
    ),
];

/// The gentle offer of support after an entry that mentions a crisis.
pub const SUPPORT_OFFER: &[Binding] = &[
    Binding::new(
        &[Key::char('s'), Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Open the Support screen",
    )
    .hint("support"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Action::Back, "Not now").hint("not now"),
    Binding::new(&[Key::ctrl('c')], Action::Quit, "Quit"),
];

/// Keys that close the help overlay, whatever the screen below does with them.
pub const HELP_OVERLAY: &[Binding] = &[Binding::new(
    &[
        Key::char('?'),
        Key::plain(KeyCode::Esc),
        Key::plain(KeyCode::F(1)),
    ],
    Action::ToggleHelp,
    "Close this help",
)];

/// The keys of the first-run welcome.
pub const WELCOME: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::plain(KeyCode::Esc)],
        Action::Confirm,
        "Continue to Today",
    )
    .hint("continue"),
    Binding::new(&[Key::ctrl('c'), Key::char('q')], Action::Quit, "Quit"),
];

/// The first binding in `tables` (searched in order) that matches the key press.
pub fn resolve(event: &KeyEvent, tables: &[&'static [Binding]]) -> Option<Action> {
    if event.kind == KeyEventKind::Release {
        return None;
    }
    tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.matches(event))
        .map(|b| b.action)
}

/// One line of help: the live keys of a binding and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub keys: String,
    pub help: &'static str,
    pub hint: Option<&'static str>,
    pub action: Action,
}

/// The bindings of `tables` as help should list them: in order, leaving out keys that an
/// earlier table already takes (they could never fire), and bindings left with no key.
pub fn effective(tables: &[&'static [Binding]]) -> Vec<HelpRow> {
    let mut seen: Vec<Key> = Vec::new();
    let mut out = Vec::new();
    for binding in tables.iter().flat_map(|t| t.iter()) {
        let live: Vec<Key> = binding
            .keys
            .iter()
            .copied()
            .filter(|k| !seen.contains(k))
            .collect();
        if live.is_empty() {
            continue;
        }
        let keys = live.iter().map(Key::label).collect::<Vec<_>>().join(" ");
        // Neighbours that say the same thing (answer keys 1–7) share one line.
        if let Some(last) = out
            .last_mut()
            .filter(|r: &&mut HelpRow| r.help == binding.help)
        {
            last.keys = format!("{} {keys}", last.keys);
            seen.extend(live);
            continue;
        }
        out.push(HelpRow {
            keys,
            help: binding.help,
            hint: binding.hint,
            action: binding.action,
        });
        seen.extend(live);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn screen_keys_shadow_global_keys() {
        const SCREEN: &[Binding] = &[Binding::new(&[Key::char('1')], Action::Confirm, "x")];
        let one = press(KeyCode::Char('1'), KeyModifiers::NONE);
        assert_eq!(resolve(&one, &[SCREEN, GLOBAL]), Some(Action::Confirm));
        assert_eq!(
            resolve(&one, &[GLOBAL]),
            Some(Action::GoTo(ScreenId::Today))
        );
    }

    #[test]
    fn question_mark_with_shift_is_still_help() {
        let q = press(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(resolve(&q, &[GLOBAL]), Some(Action::ToggleHelp));
    }

    #[test]
    fn ctrl_c_is_not_plain_c() {
        let ctrl_c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        let c = press(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(resolve(&ctrl_c, &[GLOBAL]), Some(Action::Quit));
        assert_eq!(
            resolve(&c, &[GLOBAL]),
            Some(Action::GoTo(ScreenId::Checkin))
        );
    }

    #[test]
    fn releases_are_ignored() {
        let mut q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        q.kind = KeyEventKind::Release;
        assert_eq!(resolve(&q, &[GLOBAL]), None);
    }

    #[test]
    fn help_leaves_out_shadowed_keys() {
        const SCREEN: &[Binding] = &[Binding::new(&[Key::char('1')], Action::Confirm, "x")];
        let shown = effective(&[SCREEN, GLOBAL]);
        let today = shown
            .iter()
            .find(|b| b.action == Action::GoTo(ScreenId::Today))
            .expect("Today is still reachable by its letter");
        assert_eq!(today.keys, "t");
    }

    #[test]
    fn every_screen_has_exactly_one_goto_binding() {
        for screen in ScreenId::ALL {
            let n = GLOBAL
                .iter()
                .filter(|b| b.action == Action::GoTo(screen))
                .count();
            assert_eq!(n, 1, "{screen:?}");
        }
    }
}
