//! Reflection prompts as data, and the small text rules of an entry: words and tags.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// The themes prompts are grouped by; a prompt file names one of these.
pub const THEMES: &[&str] = &[
    "secure-base",
    "safe-haven",
    "view-of-self",
    "view-of-others",
    "anxiety",
    "avoidance",
    "needs-and-requests",
    "boundaries",
    "repair",
    "narrative",
    "earned-security",
    "connection",
];

/// Which dimension of insecurity a prompt mostly works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Anxiety,
    Avoidance,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Depth {
    Light,
    Deep,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prompt {
    pub id: String,
    pub theme: String,
    pub dimension: Dimension,
    pub depth: Depth,
    pub text: String,
    pub follow_ups: Vec<String>,
    /// A gentle word before a prompt that may stir things up.
    pub note: Option<String>,
}

/// The kinds of written entry; the journal stores the string.
pub const REFLECTION: &str = "reflection";

/// Text being written, kept in the journal until it is saved as an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub prompt_id: Option<String>,
    pub body: String,
    /// The tag field as typed.
    pub tags: String,
    pub started_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A saved entry, as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: i64,
    pub kind: String,
    pub day: NaiveDate,
    pub prompt_id: Option<String>,
    pub body: String,
    pub word_count: usize,
    pub tags: Vec<String>,
    pub created_at: NaiveDateTime,
}

/// Words as a reader would count them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A tag as stored: lower case, no leading `#`, letters, digits, `-` and `_` only.
pub fn normalize_tag(tag: &str) -> Option<String> {
    let tag = tag.trim().trim_start_matches('#').to_lowercase();
    let valid = !tag.is_empty()
        && tag
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    valid.then_some(tag)
}

/// The `#tag` words of a text, in order of first appearance, without repeats.
pub fn hashtags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '&');
        if chars[i] == '#' && starts_word {
            let body: String = chars[i + 1..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_')
                .collect();
            let len = body.chars().count();
            if body.chars().any(char::is_alphabetic)
                && let Some(tag) = normalize_tag(body.trim_end_matches(['-', '_']))
                && !tags.contains(&tag)
            {
                tags.push(tag);
            }
            i += len + 1;
        } else {
            i += 1;
        }
    }
    tags
}

/// The tags of an entry: those typed in the tag field and the `#tags` in the text.
pub fn entry_tags(field: &str, text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in field
        .split([',', ' '])
        .filter_map(normalize_tag)
        .chain(hashtags(text))
    {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_like_a_reader_would() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  \n "), 0);
        assert_eq!(word_count("I felt calm — then not."), 5);
        assert_eq!(word_count("one\ntwo\n\nthree"), 3);
        assert_eq!(word_count("don't stop"), 2);
    }

    #[test]
    fn hashtags_are_found_once_each() {
        assert_eq!(
            hashtags("#Work was hard. Call with mum #family, then #work again."),
            vec!["work", "family"]
        );
        assert!(hashtags("no tags, issue #42, a#b, R&#D").is_empty());
        assert_eq!(hashtags("#self-care_day"), vec!["self-care_day"]);
        assert_eq!(hashtags("end #tag-"), vec!["tag"]);
    }

    #[test]
    fn the_tag_field_and_the_text_are_merged() {
        assert_eq!(
            entry_tags("partner, #Repair  weekend", "We talked. #repair #calm"),
            vec!["partner", "repair", "weekend", "calm"]
        );
        assert_eq!(normalize_tag("  #Calm "), Some("calm".into()));
        assert_eq!(normalize_tag("two words"), None);
        assert_eq!(normalize_tag("#"), None);
    }
}
