//! Pieces of screen that more than one screen draws.

pub mod coming_soon;
pub mod editor;
pub mod help_overlay;
pub mod hint_bar;
pub mod panel;
pub mod plane;
pub mod popup;
pub mod scale;
pub mod support_offer;
pub mod tab_bar;
pub mod too_small;
pub mod welcome;
