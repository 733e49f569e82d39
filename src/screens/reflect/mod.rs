//! Reflect: today's prompt, and a writing area that never loses a word. The text is
//! written to the journal as a draft within a second of each change and becomes an entry
//! when saved.

mod view;

use std::rc::Rc;

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::{LoadContext, Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, Key};
use crate::content::Content;
use crate::domain::reflection::{Draft, Entry, Prompt, REFLECTION};
use crate::store::StoreResult;
use crate::theme::Theme;
use crate::widgets::editor::Editor;

const OVERVIEW_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter), Key::char('w')],
        Action::StartWriting,
        "Write about today's prompt, or continue the draft",
    )
    .hint("write"),
    Binding::new(&[Key::char('n')], Action::Next, "Another prompt").hint("another"),
    Binding::new(
        &[Key::char('x')],
        Action::Skip,
        "Skip this prompt (it will not come back soon)",
    ),
    Binding::new(
        &[Key::char('f')],
        Action::FreeWriting,
        "Free writing, without a prompt",
    )
    .hint("free"),
    Binding::new(
        &[Key::char('d')],
        Action::Discard,
        "Discard the unsaved draft",
    ),
];

const CONFIRM_KEYS: &[Binding] = &[
    Binding::new(&[Key::char('y')], Action::Yes, "Yes, discard the draft").hint("discard"),
    Binding::new(
        &[Key::char('n'), Key::plain(KeyCode::Esc)],
        Action::No,
        "No, keep it",
    )
    .hint("keep"),
];

/// While writing, every other key is text.
const EDITING_KEYS: &[Binding] = &[
    Binding::new(&[Key::ctrl('s')], Action::Save, "Save the entry").hint("save"),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Stop writing; the draft is kept",
    )
    .hint("leave"),
    Binding::new(
        &[Key::ctrl('t')],
        Action::SwitchField,
        "Between the text and the tags",
    )
    .hint("tags"),
    Binding::new(
        &[Key::ctrl('o')],
        Action::ExternalEditor,
        "Open the text in $EDITOR",
    )
    .hint("$EDITOR"),
    Binding::new(&[Key::ctrl('z'), Key::ctrl('u')], Action::Undo, "Undo"),
    Binding::new(&[Key::ctrl('r')], Action::Redo, "Redo"),
];

#[derive(Default)]
pub struct ReflectScreen {
    content: Option<Rc<Content>>,
    theme: Option<Theme>,
    now: NaiveDateTime,
    today: NaiveDate,
    prompt: Option<Prompt>,
    /// Reflections saved today.
    saved_today: Vec<Entry>,
    /// The stored draft, shown in the overview.
    draft: Option<Draft>,
    editor: Option<Editor>,
    confirm_discard: bool,
    /// Asked to save the entry; the editor closes once the journal has it.
    saving: bool,
}

impl ReflectScreen {
    fn theme(&self) -> Theme {
        self.theme.clone().unwrap_or_else(Theme::plain)
    }

    /// A prompt by id, for the prompt a draft answers (which may not be today's).
    fn prompt_by_id(&self, id: &str) -> Option<&Prompt> {
        self.content.as_deref()?.prompt(id)
    }

    fn open_editor(&mut self, prompt_id: Option<String>) {
        let theme = self.theme();
        self.editor = Some(match &self.draft {
            Some(d) => Editor::new(
                d.prompt_id.clone(),
                &d.body,
                &d.tags,
                d.started_at,
                self.now,
                &theme,
            ),
            None => Editor::new(prompt_id, "", "", self.now, self.now, &theme),
        });
    }

    /// The draft command for the editor's current text, if it changed since last saved.
    fn flush(&mut self) -> Option<Command> {
        let editor = self.editor.as_mut()?;
        if !editor.dirty {
            return None;
        }
        editor.dirty = false;
        editor.last_saved = Some(self.now);
        if editor.body().trim().is_empty() && editor.tag_field().trim().is_empty() {
            return Some(Command::DiscardDraft { kind: REFLECTION });
        }
        Some(Command::SaveDraft {
            kind: REFLECTION,
            draft: editor.draft(self.now),
        })
    }

    fn handle_overview(&mut self, action: Action) -> Option<Command> {
        if self.confirm_discard {
            self.confirm_discard = false;
            return (action == Action::Yes).then_some(Command::DiscardDraft { kind: REFLECTION });
        }
        match action {
            Action::StartWriting => {
                let prompt_id = self.prompt.as_ref().map(|p| p.id.clone());
                self.open_editor(prompt_id);
            }
            Action::FreeWriting => self.open_editor(None),
            Action::Next => return Some(Command::NextPrompt { skip: false }),
            Action::Skip => return Some(Command::NextPrompt { skip: true }),
            Action::Discard if self.draft.is_some() => self.confirm_discard = true,
            _ => {}
        }
        None
    }

    fn handle_editing(&mut self, action: Action) -> Option<Command> {
        let theme = self.theme();
        let editor = self.editor.as_mut()?;
        match action {
            Action::Save => {
                let body = editor.body();
                if body.trim().is_empty() {
                    return None;
                }
                let command = Command::SaveReflection {
                    prompt_id: editor.prompt_id.clone(),
                    body,
                    tags: editor.tag_field(),
                };
                self.saving = true;
                Some(command)
            }
            Action::Cancel => {
                let command = self.flush();
                self.editor = None;
                command
            }
            Action::SwitchField => {
                editor.toggle_focus(&theme);
                None
            }
            Action::ExternalEditor => Some(Command::EditExternally {
                text: editor.body(),
            }),
            Action::Undo => {
                editor.undo();
                None
            }
            Action::Redo => {
                editor.redo();
                None
            }
            _ => None,
        }
    }
}

impl Screen for ReflectScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Reflect
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        if self.editor.is_some() {
            vec![EDITING_KEYS]
        } else if self.confirm_discard {
            vec![CONFIRM_KEYS]
        } else {
            vec![OVERVIEW_KEYS]
        }
    }

    fn is_editing(&self) -> bool {
        self.editor.is_some()
    }

    fn load(&mut self, ctx: &LoadContext<'_>) -> StoreResult<()> {
        if std::mem::take(&mut self.saving) {
            // Reloading after the save command means the journal has the entry.
            self.editor = None;
        }
        self.content = Some(Rc::clone(ctx.content));
        self.theme = Some(ctx.theme.clone());
        self.now = ctx.now;
        self.today = ctx.now.date();
        self.prompt = ctx
            .journal
            .prompt_choices(self.today)?
            .last()
            .and_then(|id| ctx.content.prompt(id))
            .cloned();
        self.saved_today = ctx
            .journal
            .entries_on(self.today)?
            .into_iter()
            .filter(|e| e.kind == REFLECTION)
            .collect();
        self.draft = ctx.journal.draft(REFLECTION)?;
        Ok(())
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        if self.editor.is_some() {
            self.handle_editing(action)
        } else {
            self.handle_overview(action)
        }
    }

    fn input(&mut self, key: KeyEvent) -> Option<Command> {
        self.editor.as_mut()?.input(key);
        None
    }

    /// Writes the draft when typing pauses, and at least once a second while it goes on,
    /// so the journal is never more than a second behind the text.
    fn tick(&mut self, now: NaiveDateTime, idle: bool) -> Option<Command> {
        self.now = now;
        let editor = self.editor.as_ref()?;
        let due = editor
            .last_saved
            .is_none_or(|saved| (now - saved).num_seconds() >= 1);
        if idle || due { self.flush() } else { None }
    }

    fn before_leaving(&mut self) -> Option<Command> {
        self.flush()
    }

    fn save_failed(&mut self) {
        self.saving = false;
        if let Some(editor) = self.editor.as_mut() {
            // Try the draft again at the next pause.
            editor.dirty = true;
            editor.last_saved = None;
        }
    }

    fn receive_text(&mut self, text: String) {
        if let Some(editor) = self.editor.as_mut() {
            editor.replace_text(&text);
        }
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        match &self.editor {
            Some(editor) => view::editor(self, editor, frame, area, theme),
            None => view::overview(self, frame, area, theme),
        }
    }
}
