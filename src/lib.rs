//! securebase: a terminal journaling coach for adults working towards earned attachment
//! security. Pure rules live in [`domain`], SQL only in [`store`], the TUI in [`app`],
//! [`screens`] and [`widgets`], and the command line in [`cli`].

pub mod app;
pub mod cli;
pub mod clock;
pub mod content;
pub mod daily;
pub mod domain;
pub mod external_editor;
pub mod paths;
pub mod screens;
pub mod store;
pub mod theme;
pub mod widgets;
