//! Check-in: a few state items on 0–10, emotion words, who was involved, whether you
//! reached out or pulled away, and a note — in well under thirty seconds by keyboard.
//! Digits set an item and move on; Space picks words; Enter saves.

mod view;

use std::rc::Rc;

use chrono::NaiveDateTime;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui_textarea::TextArea;

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, DIGITS, Key};
use crate::content::Content;
use crate::domain::checkin::{self, Checkin, CheckinForm, CheckinValues};
use crate::store::StoreResult;
use crate::theme::Theme;

/// The rows of the form, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Item(usize),
    Emotions,
    Contexts,
    Behaviours,
    Note,
}

const FORM_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Next row",
    )
    .hint("move"),
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Previous row",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Right)],
        Action::Right,
        "Raise the value, or the next word",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Left)],
        Action::Left,
        "Lower the value, or the previous word",
    ),
    Binding::new(&[Key::char(' ')], Action::Toggle, "Pick or drop the word").hint("pick"),
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::ctrl('s')],
        Action::Save,
        "Save the check-in",
    )
    .hint("save"),
    Binding::new(
        &[Key::char('e')],
        Action::Edit,
        "Edit today's latest check-in",
    ),
    Binding::new(&[Key::char('n')], Action::Next, "Start a new check-in"),
];

/// On the note row every key is text except these.
const NOTE_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::ctrl('s')],
        Action::Save,
        "Save the check-in",
    )
    .hint("save"),
    Binding::new(&[Key::plain(KeyCode::Up)], Action::Up, "Back to the words").hint("up"),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Leave the note",
    )
    .hint("leave"),
];

#[derive(Default)]
pub struct CheckinScreen {
    content: Option<Rc<Content>>,
    now: NaiveDateTime,
    values: CheckinValues,
    note: TextArea<'static>,
    row: usize,
    /// Which word is under the cursor on a word row.
    chip: usize,
    /// Editing this check-in instead of adding one.
    editing: Option<i64>,
    today: Vec<Checkin>,
    /// Set when a save was asked for; shown once the reload confirms it.
    saved: bool,
    /// How the note's cursor looks when the note has the focus.
    cursor_style: Style,
}

impl CheckinScreen {
    fn form(&self) -> Option<&CheckinForm> {
        self.content.as_deref().map(|c| &c.checkin)
    }

    fn rows(&self) -> Vec<Row> {
        let items = self.form().map_or(0, |f| f.items.len());
        let mut rows: Vec<Row> = (0..items).map(Row::Item).collect();
        rows.extend([Row::Emotions, Row::Contexts, Row::Behaviours, Row::Note]);
        rows
    }

    fn current(&self) -> Row {
        self.rows()[self.row.min(self.rows().len() - 1)]
    }

    /// The words of a word row, as (id, label).
    fn words(&self, row: Row) -> Vec<(String, String)> {
        let Some(form) = self.form() else {
            return Vec::new();
        };
        match row {
            Row::Emotions => form
                .emotions()
                .map(|w| (w.to_string(), w.to_string()))
                .collect(),
            Row::Contexts => form
                .contexts
                .iter()
                .map(|c| (c.clone(), c.clone()))
                .collect(),
            Row::Behaviours => form
                .behaviours
                .iter()
                .map(|b| (b.id.clone(), b.label.clone()))
                .collect(),
            Row::Item(_) | Row::Note => Vec::new(),
        }
    }

    fn chosen(&mut self, row: Row) -> Option<&mut Vec<String>> {
        match row {
            Row::Emotions => Some(&mut self.values.emotions),
            Row::Contexts => Some(&mut self.values.contexts),
            Row::Behaviours => Some(&mut self.values.behaviours),
            Row::Item(_) | Row::Note => None,
        }
    }

    fn move_row(&mut self, down: bool) {
        let last = self.rows().len() - 1;
        self.row = if down {
            (self.row + 1).min(last)
        } else {
            self.row.saturating_sub(1)
        };
        self.chip = 0;
        self.show_note_cursor();
    }

    /// The note shows its cursor only while it has the focus.
    fn show_note_cursor(&mut self) {
        let style = if self.current() == Row::Note {
            self.cursor_style
        } else {
            Style::new()
        };
        self.note.set_cursor_style(style);
    }

    fn set_value(&mut self, index: usize, value: u8) {
        let Some(id) = self.form().map(|f| f.items[index].id.clone()) else {
            return;
        };
        self.values.values.insert(id, value.min(checkin::MAX));
        self.saved = false;
    }

    fn reset(&mut self, from: Option<&Checkin>) {
        self.values = from.map(|c| c.values.clone()).unwrap_or_default();
        self.editing = from.map(|c| c.id);
        self.note = TextArea::new(vec![self.values.note.clone()]);
        self.note.move_cursor(ratatui_textarea::CursorMove::End);
        self.note.set_placeholder_text("a few words, if you like");
        self.note.set_cursor_line_style(Style::new());
        self.row = 0;
        self.chip = 0;
        self.show_note_cursor();
    }

    fn save(&mut self) -> Option<Command> {
        let mut values = self.values.clone();
        values.note = self.note.lines().join(" ").trim().to_string();
        if values.is_empty() {
            return None;
        }
        self.saved = true;
        Some(Command::SaveCheckin {
            id: self.editing,
            values,
        })
    }
}

impl Screen for CheckinScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Checkin
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        match self.current() {
            Row::Note => vec![NOTE_KEYS],
            Row::Item(_) => vec![&DIGITS[..], FORM_KEYS],
            _ => vec![FORM_KEYS],
        }
    }

    fn is_editing(&self) -> bool {
        self.current() == Row::Note
    }

    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        let first_load = self.content.is_none();
        self.content = Some(Rc::clone(ctx.content));
        self.now = ctx.now;
        let today = ctx.now.date();
        self.today = ctx.journal.checkins_between(today, today)?;
        if first_load {
            self.cursor_style = ctx.theme.selected;
            self.reset(None);
            self.note.set_placeholder_style(ctx.theme.muted);
        }
        if self.saved {
            // The save is committed: keep showing it, ready to edit.
            self.editing = checkin::latest(&self.today).map(|c| c.id);
        }
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        let row = self.current();
        match (row, action) {
            (_, Action::Save) => return self.save(),
            (_, Action::Down) => self.move_row(true),
            (_, Action::Up) => self.move_row(false),
            (Row::Note, Action::Cancel) => self.move_row(false),
            (Row::Item(i), Action::Answer(v)) => {
                self.set_value(i, v);
                self.move_row(true);
            }
            (Row::Item(i), Action::Right | Action::Left) => {
                let id = self.form()?.items[i].id.clone();
                let current = self.values.values.get(&id).copied();
                let next = match (action, current) {
                    (Action::Right, Some(v)) => v.saturating_add(1),
                    (Action::Right, None) => 5,
                    (_, Some(v)) => v.saturating_sub(1),
                    (_, None) => 5,
                };
                self.set_value(i, next);
            }
            (Row::Emotions | Row::Contexts | Row::Behaviours, Action::Right) => {
                self.chip = (self.chip + 1).min(self.words(row).len().saturating_sub(1));
            }
            (Row::Emotions | Row::Contexts | Row::Behaviours, Action::Left) => {
                self.chip = self.chip.saturating_sub(1);
            }
            (Row::Emotions | Row::Contexts | Row::Behaviours, Action::Toggle) => {
                let (id, _) = self.words(row).get(self.chip)?.clone();
                let chosen = self.chosen(row)?;
                match chosen.iter().position(|w| *w == id) {
                    Some(at) => {
                        chosen.remove(at);
                    }
                    None => chosen.push(id),
                }
                self.saved = false;
            }
            (_, Action::Edit) => {
                let latest = checkin::latest(&self.today).cloned();
                if let Some(latest) = latest {
                    self.reset(Some(&latest));
                }
            }
            (_, Action::Next) => {
                self.reset(None);
                self.saved = false;
            }
            _ => {}
        }
        None
    }

    fn save_failed(&mut self) {
        self.saved = false;
    }

    fn input(&mut self, key: KeyEvent) -> Option<Command> {
        if self.note.input(key) {
            self.saved = false;
        }
        None
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        view::render(self, frame, area, theme);
    }
}
