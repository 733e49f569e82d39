//! The keys of each state of the Practice screen.

use ratatui::crossterm::event::KeyCode;

use crate::app::keymap::{Action, Binding, Key};

pub(super) const LIBRARY_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Start the exercise, or continue",
    )
    .hint("start"),
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Next exercise",
    )
    .hint("move"),
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Previous exercise",
    ),
    Binding::new(
        &[Key::char('d')],
        Action::Discard,
        "Discard the unfinished exercise",
    ),
    Binding::new(
        &[Key::char('f')],
        Action::FollowUp,
        "Answer a waiting follow-up",
    ),
];

pub(super) const CONFIRM_KEYS: &[Binding] = &[
    Binding::new(&[Key::char('y')], Action::Yes, "Yes").hint("yes"),
    Binding::new(&[Key::char('n')], Action::No, "No").hint("no"),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Back to the library",
    )
    .hint("back"),
];

pub(super) const NOT_SAFE_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Open the Support screen",
    )
    .hint("support"),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Back to the library",
    )
    .hint("back"),
];

pub(super) const STEP_KEYS: &[Binding] = &[
    Binding::new(
        &[Key::plain(KeyCode::Enter)],
        Action::Confirm,
        "Go on (or write, on a writing step)",
    )
    .hint("next"),
    Binding::new(
        &[Key::plain(KeyCode::Right)],
        Action::Right,
        "Next step, or raise a rating",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Left)],
        Action::Left,
        "Previous step, or lower a rating",
    )
    .hint("back"),
    Binding::new(
        &[Key::plain(KeyCode::Up), Key::char('k')],
        Action::Up,
        "Previous option",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Down), Key::char('j')],
        Action::Down,
        "Next option",
    ),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Pause; every step so far is kept",
    )
    .hint("pause"),
];

pub(super) const WRITING_KEYS: &[Binding] = &[
    Binding::new(&[Key::ctrl('s')], Action::Save, "Save this step and go on").hint("next"),
    Binding::new(
        &[Key::plain(KeyCode::Esc)],
        Action::Cancel,
        "Step out of the text (← → move between steps)",
    )
    .hint("step out"),
    Binding::new(&[Key::ctrl('z'), Key::ctrl('u')], Action::Undo, "Undo"),
    Binding::new(&[Key::ctrl('r')], Action::Redo, "Redo"),
];

pub(super) const SUMMARY_KEYS: &[Binding] = &[Binding::new(
    &[Key::plain(KeyCode::Enter), Key::plain(KeyCode::Esc)],
    Action::Cancel,
    "Back to the library",
)
.hint("done")];

pub(super) const FOLLOW_UP_TRIED: &[Binding] = &[
    Binding::new(&[Key::char('y')], Action::Yes, "Yes, I tried it").hint("yes"),
    Binding::new(&[Key::char('n')], Action::No, "No, not yet").hint("no"),
    Binding::new(
        &[Key::char('x')],
        Action::Discard,
        "Stop asking about this one",
    )
    .hint("dismiss"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Action::Cancel, "Later").hint("later"),
];

pub(super) const FOLLOW_UP_RATING_BACK: &[Binding] =
    &[Binding::new(&[Key::plain(KeyCode::Esc)], Action::Cancel, "Later").hint("later")];

pub(super) const FOLLOW_UP_LEARNED: &[Binding] = &[
    Binding::new(&[Key::ctrl('s')], Action::Save, "Save the follow-up").hint("save"),
    Binding::new(&[Key::plain(KeyCode::Esc)], Action::Cancel, "Back a step").hint("back"),
    Binding::new(&[Key::ctrl('z')], Action::Undo, "Undo"),
];
