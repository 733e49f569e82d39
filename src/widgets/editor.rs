//! The writing area shared by Reflect and Practice: a multi-line text with soft wrap and
//! undo, and a one-line tag field (Reflect shows it; Practice does not).

use chrono::NaiveDateTime;
use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::{TextArea, WrapMode};

use crate::domain::reflection::{Draft, word_count};
use crate::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Text,
    Tags,
}

pub struct Editor {
    pub text: TextArea<'static>,
    pub tags: TextArea<'static>,
    pub focus: Focus,
    pub prompt_id: Option<String>,
    /// When this piece of writing began (kept across restarts through the draft).
    pub started_at: NaiveDateTime,
    /// When the editor was opened this time, for the elapsed-time display.
    pub opened_at: NaiveDateTime,
    /// Changed since the draft was last written to the journal.
    pub dirty: bool,
    pub last_saved: Option<NaiveDateTime>,
}

impl Editor {
    pub fn new(
        prompt_id: Option<String>,
        body: &str,
        tags: &str,
        started_at: NaiveDateTime,
        now: NaiveDateTime,
        theme: &Theme,
    ) -> Editor {
        let mut text = TextArea::new(body.split('\n').map(str::to_string).collect());
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        text.set_placeholder_text("Start anywhere. Nothing you write here leaves this computer.");
        text.set_placeholder_style(theme.muted);
        text.set_cursor_line_style(ratatui::style::Style::new());
        text.move_cursor(ratatui_textarea::CursorMove::Bottom);
        text.move_cursor(ratatui_textarea::CursorMove::End);
        let mut tag_field = TextArea::new(vec![tags.to_string()]);
        tag_field.set_placeholder_text("tags, separated by spaces or commas");
        tag_field.set_placeholder_style(theme.muted);
        tag_field.set_cursor_line_style(ratatui::style::Style::new());
        tag_field.move_cursor(ratatui_textarea::CursorMove::End);
        let mut editor = Editor {
            text,
            tags: tag_field,
            focus: Focus::Text,
            prompt_id,
            started_at,
            opened_at: now,
            dirty: false,
            last_saved: None,
        };
        editor.style_focus(theme);
        editor
    }

    pub fn body(&self) -> String {
        self.text.lines().join("\n")
    }

    pub fn tag_field(&self) -> String {
        self.tags.lines().join(" ")
    }

    pub fn words(&self) -> usize {
        word_count(&self.body())
    }

    /// Passes a key press to the focused field; remembers that there is something to save.
    pub fn input(&mut self, key: KeyEvent) {
        let changed = match self.focus {
            Focus::Text => self.text.input(key),
            Focus::Tags => {
                // The tag field is one line: Enter goes back to the text.
                if key.code == ratatui::crossterm::event::KeyCode::Enter {
                    self.focus = Focus::Text;
                    false
                } else {
                    self.tags.input(key)
                }
            }
        };
        self.dirty |= changed;
    }

    pub fn undo(&mut self) {
        self.dirty |= match self.focus {
            Focus::Text => self.text.undo(),
            Focus::Tags => self.tags.undo(),
        };
    }

    pub fn redo(&mut self) {
        self.dirty |= match self.focus {
            Focus::Text => self.text.redo(),
            Focus::Tags => self.tags.redo(),
        };
    }

    pub fn toggle_focus(&mut self, theme: &Theme) {
        self.focus = match self.focus {
            Focus::Text => Focus::Tags,
            Focus::Tags => Focus::Text,
        };
        self.style_focus(theme);
    }

    /// Shows the cursor only in the focused field.
    fn style_focus(&mut self, theme: &Theme) {
        let (on, off) = (theme.selected, ratatui::style::Style::new());
        let (text, tags) = match self.focus {
            Focus::Text => (on, off),
            Focus::Tags => (off, on),
        };
        self.text.set_cursor_style(text);
        self.tags.set_cursor_style(tags);
    }

    /// Replaces the whole text (after editing it in `$EDITOR`), undoable.
    pub fn replace_text(&mut self, body: &str) {
        if body == self.body() {
            return;
        }
        self.text.select_all();
        self.text.cut();
        self.text.insert_str(body);
        self.dirty = true;
    }

    pub fn draft(&self, now: NaiveDateTime) -> Draft {
        Draft {
            prompt_id: self.prompt_id.clone(),
            body: self.body(),
            tags: self.tag_field(),
            started_at: self.started_at,
            updated_at: now,
        }
    }
}
