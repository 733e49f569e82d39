//! Pure types and rules: no I/O, no clock reads (today is always passed in).

pub mod assessment;
pub mod checkin;
pub mod practice;
pub mod prompt_choice;
pub mod reflection;
pub mod safety;
pub mod scoring;
pub mod suggestions;
