//! `securebase prompt` and `securebase write`: today's prompt, and quick capture of an
//! entry from arguments, standard input or `$EDITOR`.

use std::io::{IsTerminal, Read};

use clap::Args;
use serde::Serialize;

use super::CliError;
use crate::clock::{Clock, SystemClock};
use crate::content::Content;
use crate::daily;
use crate::domain::reflection::{Prompt, REFLECTION, entry_tags, normalize_tag, word_count};
use crate::paths::Locations;
use crate::store::Journal;

#[derive(Debug, Args)]
pub struct PromptArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
pub struct WriteArgs {
    /// The entry's text. Without it, the text is read from standard input, or written
    /// in $EDITOR when standard input is a terminal.
    text: Vec<String>,
    /// The prompt this entry answers (see `securebase prompt --json`).
    #[arg(long, value_name = "ID")]
    prompt: Option<String>,
    /// A tag for the entry; repeat for more. #tags in the text are added too.
    #[arg(long = "tag", value_name = "TAG")]
    tags: Vec<String>,
    /// Write the entry in $EDITOR.
    #[arg(long, conflicts_with = "text")]
    editor: bool,
}

pub fn prompt(locations: &Locations, args: PromptArgs) -> Result<(), CliError> {
    let content = Content::load(locations.content_dir.as_deref())?;
    let mut journal = Journal::open(&locations.journal)?;
    let today = SystemClock.today();
    let prompt = daily::todays_prompt(&mut journal, &content, today)?
        .ok_or_else(|| CliError::new("no reflection prompts are installed"))?;
    if args.json {
        #[derive(Serialize)]
        struct Out<'a> {
            day: String,
            #[serde(flatten)]
            prompt: &'a Prompt,
        }
        let out = Out {
            day: today.to_string(),
            prompt,
        };
        outln!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    outln!("{}", prompt.text);
    for question in &prompt.follow_ups {
        outln!("  · {question}");
    }
    if let Some(note) = &prompt.note {
        outln!("\n{note}");
    }
    Ok(())
}

pub fn write(locations: &Locations, args: WriteArgs) -> Result<(), CliError> {
    let content = Content::load(locations.content_dir.as_deref())?;
    if let Some(id) = &args.prompt
        && content.prompt(id).is_none()
    {
        return Err(CliError::new(format!("unknown prompt '{id}'")));
    }
    let mut tags = Vec::new();
    for tag in &args.tags {
        tags.push(normalize_tag(tag).ok_or_else(|| {
            CliError::new(format!(
                "'{tag}' is not a tag: use letters, digits, '-' and '_' only"
            ))
        })?);
    }
    let body = if !args.text.is_empty() {
        args.text.join(" ")
    } else if args.editor || std::io::stdin().is_terminal() {
        crate::external_editor::edit("")
            .map_err(|e| CliError::new(format!("the editor did not run: {e}")))?
    } else {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| CliError::new(format!("cannot read standard input: {e}")))?;
        text
    };
    let body = body.trim_end().to_string();
    if body.trim().is_empty() {
        return Err(CliError::new("nothing to save: the text is empty"));
    }
    let tags = entry_tags(&tags.join(" "), &body);
    let mut journal = Journal::open(&locations.journal)?;
    let now = SystemClock.now();
    journal.save_entry(
        REFLECTION,
        now.date(),
        args.prompt.as_deref(),
        &body,
        &tags,
        now,
    )?;
    outln!("Saved: {} words.", word_count(&body));
    if crate::domain::safety::mentions_crisis(&body) {
        eprintln!(
            "Some of what you wrote sounds really hard. `securebase` (Support screen, key 8) lists ways to reach someone now."
        );
    }
    Ok(())
}
