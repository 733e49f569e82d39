//! Support: what securebase is and is not, and how to get help now.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{Screen, ScreenId};
use crate::app::Command;
use crate::app::keymap::{Action, Binding, SCROLLING};
use crate::theme::Theme;
use crate::widgets::panel;

#[derive(Default)]
pub struct SupportScreen {
    scroll: u16,
    /// How far the text can scroll at the size it was last drawn; drawing records it so
    /// that scrolling stops at the end instead of running on invisibly.
    max_scroll: Cell<u16>,
}

/// How the support text is laid out: a heading, or a paragraph in one of three tones.
enum Part {
    Heading(&'static str),
    Urgent(&'static str),
    Text(&'static str),
    Bullet(&'static str),
}

const TEXT: &[Part] = &[
    Part::Urgent(
        "If you are in danger or might hurt yourself or someone else, call your local \
         emergency number now (for example 112 in Europe, 911 in North America, 999 in the \
         UK, 000 in Australia).",
    ),
    Part::Heading("Help now"),
    Part::Bullet("Emergency services: your local emergency number, any time of day or night."),
    Part::Bullet(
        "A crisis line: most countries have a free, confidential line you can call or text \
         when things feel like too much. Searching for \"crisis line\" and your country \
         finds it.",
    ),
    Part::Bullet(
        "Someone you trust: a friend, a family member, a neighbour. You do not need the \
         right words; \"I'm having a hard time, can you stay with me?\" is enough.",
    ),
    Part::Bullet("A therapist, counsellor or doctor, for support that goes on over time."),
    Part::Text(
        "Numbers differ from country to country. A setting to keep your own local numbers \
         on this screen is coming in a later version.",
    ),
    Part::Heading("What securebase is"),
    Part::Text(
        "securebase is a private place to reflect: daily prompts, quick check-ins, guided \
         exercises and a self-assessment, to help you understand how you relate to the \
         people close to you and to practise feeling more secure with them.",
    ),
    Part::Heading("What securebase is not"),
    Part::Text(
        "It is not therapy, not a diagnosis and not an emergency service. Its scores \
         describe how you answered on one day; they are not labels for who you are. \
         If something you write about feels too heavy to hold alone, please reach out to \
         one of the people above.",
    ),
    Part::Heading("Your privacy"),
    Part::Text(
        "Everything you write stays in one journal file on this computer, readable only by \
         you. securebase has no network code at all: nothing is ever sent anywhere.",
    ),
];

impl SupportScreen {
    fn lines(theme: &Theme) -> Vec<Line<'static>> {
        let mut lines = Vec::new();
        for part in TEXT {
            match part {
                Part::Heading(h) => {
                    lines.push(Line::raw(""));
                    lines.push(Line::styled(*h, theme.title));
                }
                Part::Urgent(t) => lines.push(Line::styled(*t, theme.urgent)),
                Part::Text(t) => lines.push(Line::styled(*t, theme.text)),
                Part::Bullet(t) => lines.push(Line::from(vec![
                    Span::styled("• ", theme.accent),
                    Span::styled(*t, theme.text),
                ])),
            }
        }
        lines
    }
}

impl Screen for SupportScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Support
    }

    fn bindings(&self) -> Vec<&'static [Binding]> {
        vec![SCROLLING]
    }

    fn handle(&mut self, action: Action) -> Option<Command> {
        let max = self.max_scroll.get();
        self.scroll = match action {
            Action::Up => self.scroll.saturating_sub(1),
            Action::Down => (self.scroll + 1).min(max),
            Action::PageUp => self.scroll.saturating_sub(10),
            Action::PageDown => (self.scroll + 10).min(max),
            Action::Top => 0,
            Action::Bottom => max,
            _ => return None,
        };
        None
    }

    fn render(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = panel::block("Support", theme);
        let inner = block.inner(area);
        let paragraph = Paragraph::new(Self::lines(theme)).wrap(Wrap { trim: false });
        let height = u16::try_from(paragraph.line_count(inner.width)).unwrap_or(u16::MAX);
        self.max_scroll.set(height.saturating_sub(inner.height));
        let scroll = self.scroll.min(self.max_scroll.get());
        frame.render_widget(paragraph.block(block).scroll((scroll, 0)), area);
    }
}
