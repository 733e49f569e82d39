//! The row of tabs at the top: every screen with its number, the active one highlighted,
//! and its mnemonic letter underlined.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::keymap::{Action, GLOBAL};
use crate::screens::ScreenId;
use crate::theme::Theme;

const APP_NAME: &str = "securebase";

pub fn render(frame: &mut Frame<'_>, area: Rect, active: ScreenId, theme: &Theme) {
    let labels: Vec<(ScreenId, char, Option<char>)> = ScreenId::ALL
        .iter()
        .map(|&id| {
            let (digit, letter) = keys_for(id);
            (id, digit, letter)
        })
        .collect();
    let tabs_width: usize = labels
        .iter()
        .map(|(id, _, _)| id.title().chars().count() + 2)
        .sum();
    // Wide terminals get the app name and roomier gaps; 80 columns get the tabs alone.
    let room = usize::from(area.width);
    let gaps = labels.len() - 1;
    let (show_name, gap) = if room > tabs_width + 3 * gaps + APP_NAME.len() + 4 {
        (true, "   ")
    } else if room > tabs_width + 2 * gaps {
        (false, "  ")
    } else if room > tabs_width + gaps {
        (false, " ")
    } else {
        (false, "")
    };

    let mut spans = vec![Span::raw(" ")];
    if show_name {
        spans.push(Span::styled(APP_NAME, theme.title));
        spans.push(Span::raw("   "));
    }
    for (i, (id, digit, letter)) in labels.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw(gap));
        }
        let base = if *id == active {
            theme.selected
        } else {
            theme.text
        };
        let digit_style = if *id == active { base } else { theme.muted };
        spans.push(Span::styled(format!("{digit} "), digit_style));
        spans.extend(title_spans(id.title(), *letter, base, theme));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The digit and letter that open `id`, read from the global keymap.
fn keys_for(id: ScreenId) -> (char, Option<char>) {
    let binding = GLOBAL
        .iter()
        .find(|b| b.action == Action::GoTo(id))
        .expect("every screen has a key");
    let mut chars = binding.keys.iter().filter_map(|k| match k.code {
        ratatui::crossterm::event::KeyCode::Char(c) => Some(c),
        _ => None,
    });
    let digit = chars.next().expect("a digit first");
    (digit, chars.next())
}

/// The title with the first occurrence of the mnemonic letter underlined.
fn title_spans(
    title: &'static str,
    letter: Option<char>,
    base: ratatui::style::Style,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let Some(letter) = letter else {
        return vec![Span::styled(title, base)];
    };
    match title
        .char_indices()
        .find(|(_, c)| c.to_ascii_lowercase() == letter)
    {
        Some((at, c)) => {
            let end = at + c.len_utf8();
            vec![
                Span::styled(&title[..at], base),
                Span::styled(&title[at..end], base.patch(theme.mnemonic)),
                Span::styled(&title[end..], base),
            ]
        }
        None => vec![Span::styled(title, base)],
    }
}
