//! `securebase checkin`: record a check-in, or list recent ones. The flags come from the
//! check-in content file (`--security 7`, `--emotion calm`, `--reached-out`), so clap's
//! own validation lists the valid choices, and nothing is stored unless all is valid.

use std::path::PathBuf;

use chrono::Duration;
use clap::builder::{PossibleValuesParser, RangedI64ValueParser, RangedU64ValueParser};
use clap::{Arg, ArgAction, ArgMatches, Args};

use super::CliError;
use crate::clock::{Clock, SystemClock};
use crate::content::Content;
use crate::domain::checkin::{self, CheckinForm, CheckinValues};
use crate::paths::Locations;
use crate::store::Journal;

/// Everything after `checkin` is parsed against the content file.
#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct CheckinArgs {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, num_args = 0..)]
    args: Vec<String>,
}

fn command(form: &CheckinForm) -> clap::Command {
    let mut cmd = clap::Command::new("securebase checkin")
        .about("Record how you are right now, or list recent check-ins")
        .no_binary_name(true);
    for item in &form.items {
        cmd = cmd.arg(
            Arg::new(item.id.clone())
                .long(item.id.clone())
                .value_name("0-10")
                .allow_negative_numbers(true)
                .value_parser(
                    RangedI64ValueParser::<u8>::new()
                        .range(i64::from(checkin::MIN)..=i64::from(checkin::MAX)),
                )
                .help(format!("{}: 0 {}, 10 {}", item.label, item.low, item.high)),
        );
    }
    let emotions: Vec<String> = form.emotions().map(str::to_string).collect();
    cmd = cmd
        .arg(
            Arg::new("emotion")
                .long("emotion")
                .value_name("WORD")
                .action(ArgAction::Append)
                .value_parser(PossibleValuesParser::new(emotions))
                .help("An emotion word; repeat for more"),
        )
        .arg(
            Arg::new("context")
                .long("context")
                .value_name("CONTEXT")
                .action(ArgAction::Append)
                .value_parser(PossibleValuesParser::new(form.contexts.clone()))
                .help("Who was involved or where you were; repeat for more"),
        );
    for b in &form.behaviours {
        cmd = cmd.arg(
            Arg::new(b.id.clone())
                .long(b.id.clone())
                .action(ArgAction::SetTrue)
                .help(b.label.clone()),
        );
    }
    cmd.arg(
        Arg::new("note")
            .long("note")
            .value_name("TEXT")
            .help("A short note"),
    )
    .arg(
        Arg::new("list")
            .long("list")
            .action(ArgAction::SetTrue)
            .help("List recent check-ins instead of recording one"),
    )
    .arg(
        Arg::new("days")
            .long("days")
            .value_name("N")
            .requires("list")
            .value_parser(RangedU64ValueParser::<u32>::new().range(1..=3660))
            .default_value("14")
            .help("With --list: how many days back"),
    )
    .arg(
        Arg::new("json")
            .long("json")
            .action(ArgAction::SetTrue)
            .help("Print JSON"),
    )
    .arg(
        Arg::new("journal")
            .long("journal")
            .value_name("PATH")
            .value_parser(clap::value_parser!(PathBuf))
            .help("The journal file to use"),
    )
}

pub fn run(locations: &Locations, args: CheckinArgs) -> Result<(), CliError> {
    let content = Content::load(locations.content_dir.as_deref())?;
    let form = &content.checkin;
    let matches = match command(form).try_get_matches_from(&args.args) {
        Ok(m) => m,
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
            let _ = e.print();
            return Ok(());
        }
        Err(e) => return Err(CliError::usage(&e)),
    };
    let locations = match matches.get_one::<PathBuf>("journal") {
        Some(path) => Locations::resolve(Some(path)).map_err(CliError::new)?,
        None => locations.clone(),
    };
    let json = matches.get_flag("json");
    if matches.get_flag("list") {
        let days = *matches.get_one::<u32>("days").expect("has a default");
        return list(&locations, form, days, json);
    }
    let values = values(form, &matches);
    if values.is_empty() {
        let items: Vec<String> = form.items.iter().map(|i| format!("--{}", i.id)).collect();
        return Err(CliError::new(format!(
            "nothing to record: give at least one of {}, --emotion, --context or --note",
            items.join(", ")
        )));
    }
    let mut journal = Journal::open(&locations.journal)?;
    let now = SystemClock.now();
    let id = journal.add_checkin(&values, now)?;
    if json {
        let stored = journal.checkins_between(now.date(), now.date())?;
        let saved = stored.iter().find(|c| c.id == id);
        outln!("{}", serde_json::to_string_pretty(&saved)?);
    } else {
        outln!("Check-in saved at {}.", now.format("%H:%M"));
    }
    if crate::domain::safety::mentions_crisis(&values.note) {
        eprintln!(
            "That sounds hard. The Support screen (securebase, key 8) lists ways to reach someone now."
        );
    }
    Ok(())
}

fn values(form: &CheckinForm, matches: &ArgMatches) -> CheckinValues {
    let strings = |id: &str| -> Vec<String> {
        matches
            .get_many::<String>(id)
            .map(|v| v.cloned().collect())
            .unwrap_or_default()
    };
    CheckinValues {
        values: form
            .items
            .iter()
            .filter_map(|i| matches.get_one::<u8>(&i.id).map(|v| (i.id.clone(), *v)))
            .collect(),
        emotions: strings("emotion"),
        contexts: strings("context"),
        behaviours: form
            .behaviours
            .iter()
            .filter(|b| matches.get_flag(&b.id))
            .map(|b| b.id.clone())
            .collect(),
        note: matches
            .get_one::<String>("note")
            .map(|n| n.trim().to_string())
            .unwrap_or_default(),
    }
}

fn list(locations: &Locations, form: &CheckinForm, days: u32, json: bool) -> Result<(), CliError> {
    let journal = Journal::open(&locations.journal)?;
    let today = SystemClock.today();
    let from = today - Duration::days(i64::from(days) - 1);
    let checkins = journal.checkins_between(from, today)?;
    if json {
        outln!("{}", serde_json::to_string_pretty(&checkins)?);
        return Ok(());
    }
    if checkins.is_empty() {
        outln!("No check-ins in the last {days} days.");
    }
    for c in &checkins {
        let mut parts = vec![c.created_at.format("%Y-%m-%d %H:%M").to_string()];
        let values: Vec<String> = form
            .items
            .iter()
            .filter_map(|i| c.values.values.get(&i.id).map(|v| format!("{} {v}", i.id)))
            .collect();
        parts.push(values.join(", "));
        for words in [&c.values.emotions, &c.values.contexts, &c.values.behaviours] {
            if !words.is_empty() {
                parts.push(words.join(", "));
            }
        }
        if !c.values.note.is_empty() {
            parts.push(format!("“{}”", c.values.note));
        }
        outln!("{}", parts.join("  ·  "));
    }
    Ok(())
}
