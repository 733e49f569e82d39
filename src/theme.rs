//! Every colour securebase uses, in one place. With `NO_COLOR` set, the theme keeps only
//! bold, dim, underline and reverse, so the screens stay readable without colour.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    /// Plain body text.
    pub text: Style,
    /// Secondary text: hints, empty states, dates.
    pub muted: Style,
    /// Headings and the app name.
    pub title: Style,
    /// The active tab, the selected row.
    pub selected: Style,
    /// Keys shown in hints and help.
    pub key: Style,
    /// The underlined mnemonic letter of a tab.
    pub mnemonic: Style,
    /// Borders of panels and overlays.
    pub border: Style,
    /// Gentle emphasis: streaks, good news.
    pub accent: Style,
    /// Safety information on the support screen.
    pub urgent: Style,
}

impl Theme {
    /// The colour theme, or the plain one when `NO_COLOR` is set to anything non-empty.
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Theme::plain()
        } else {
            Theme::colour()
        }
    }

    pub fn colour() -> Theme {
        Theme {
            text: Style::new(),
            muted: Style::new().fg(Color::Gray).add_modifier(Modifier::DIM),
            title: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::LightCyan)
                .add_modifier(Modifier::BOLD),
            key: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            mnemonic: Style::new().add_modifier(Modifier::UNDERLINED),
            border: Style::new().fg(Color::DarkGray),
            accent: Style::new().fg(Color::LightGreen),
            urgent: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
        }
    }

    pub fn plain() -> Theme {
        Theme {
            text: Style::new(),
            muted: Style::new().add_modifier(Modifier::DIM),
            title: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: Style::new().add_modifier(Modifier::BOLD),
            mnemonic: Style::new().add_modifier(Modifier::UNDERLINED),
            border: Style::new(),
            accent: Style::new().add_modifier(Modifier::BOLD),
            urgent: Style::new().add_modifier(Modifier::BOLD),
        }
    }
}
