//! `securebase assess`: list instruments, score and store a completed assessment from
//! its answers, and show the history. Everything is checked before the journal is
//! opened, so a refused call stores nothing.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::CliError;
use crate::clock::{Clock, SystemClock};
use crate::content::Content;
use crate::domain::assessment::{AssessmentResult, Instrument, Region};
use crate::domain::scoring::{self, Comparison, Scores};
use crate::paths::Locations;
use crate::store::Journal;

#[derive(Debug, Args)]
#[command(group(
    clap::ArgGroup::new("mode").required(true).args(["list", "history", "answers"])
))]
pub struct AssessArgs {
    /// List the instruments you can take.
    #[arg(long)]
    list: bool,
    /// Show your completed assessments, oldest first.
    #[arg(long)]
    history: bool,
    /// Score and store a completed assessment: one answer per item, in order, comma-separated.
    #[arg(long, value_name = "N,N,...", requires = "instrument_choice")]
    answers: Option<String>,
    /// Which instrument (see --list).
    #[arg(long, value_name = "ID", group = "instrument_choice")]
    instrument: Option<String>,
    /// Use an instrument from a TOML file in the securebase format.
    #[arg(long, value_name = "PATH", group = "instrument_choice")]
    instrument_file: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(locations: &Locations, args: AssessArgs) -> Result<(), CliError> {
    let mut content = Content::load(locations.content_dir.as_deref())?;
    let from_file = match &args.instrument_file {
        Some(path) => Some(content.add_instrument_file(path)?.id.clone()),
        None => None,
    };
    if args.list {
        return list(&content, args.json);
    }
    if args.history {
        let journal = Journal::open(&locations.journal)?;
        return history(&journal, &content, args.instrument.as_deref(), args.json);
    }
    let id = args.instrument.or(from_file).ok_or_else(|| {
        CliError::new("--answers needs --instrument ID or --instrument-file PATH")
    })?;
    let instrument = content.instrument(&id).ok_or_else(|| {
        let known: Vec<&str> = content.instruments.iter().map(|i| i.id.as_str()).collect();
        CliError::new(format!(
            "unknown instrument '{id}' (known: {})",
            known.join(", ")
        ))
    })?;
    let answers = parse_answers(instrument, args.answers.as_deref().unwrap_or_default())?;
    let scores = scoring::score(instrument, &answers).map_err(|e| CliError::new(e.to_string()))?;

    let mut journal = Journal::open(&locations.journal)?;
    let previous = journal.assessment_results(Some(&instrument.id))?.pop();
    let now = SystemClock.now();
    let id =
        journal.record_assessment(&instrument.id, instrument.version, &answers, &scores, now)?;
    let result = AssessmentResult {
        id,
        instrument_id: instrument.id.clone(),
        instrument_version: instrument.version,
        started_at: now,
        completed_at: now,
        scores,
    };
    let summary = Summary::new(instrument, &result, previous.as_ref());
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        summary.print(instrument);
    }
    Ok(())
}

/// Reads "4,5,2,..." as one answer per item in the instrument's order.
pub fn parse_answers(
    instrument: &Instrument,
    text: &str,
) -> Result<BTreeMap<String, u8>, CliError> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let scale = &instrument.scale;
    if parts.len() != instrument.items.len() {
        return Err(CliError::new(format!(
            "'{}' has {} items but {} answers were given",
            instrument.id,
            instrument.items.len(),
            if text.trim().is_empty() {
                0
            } else {
                parts.len()
            }
        )));
    }
    let mut answers = BTreeMap::new();
    for (n, (part, item)) in parts.iter().zip(&instrument.items).enumerate() {
        let value: u8 = part.parse().map_err(|_| {
            CliError::new(format!("answer {} ('{part}') is not a whole number", n + 1))
        })?;
        if !scale.contains(value) {
            return Err(CliError::new(format!(
                "answer {} ({value}) is outside the scale {}–{}",
                n + 1,
                scale.min,
                scale.max
            )));
        }
        answers.insert(item.id.clone(), value);
    }
    Ok(answers)
}

#[derive(Serialize)]
struct Summary {
    id: i64,
    instrument_id: String,
    instrument_version: u32,
    completed_at: String,
    scores: BTreeMap<String, f64>,
    region: Region,
    leaning: &'static str,
    change: Option<Comparison>,
}

impl Summary {
    fn new(
        instrument: &Instrument,
        result: &AssessmentResult,
        previous: Option<&AssessmentResult>,
    ) -> Summary {
        let scores = &result.scores;
        let region = scoring::region(&instrument.scale, scores.anxiety(), scores.avoidance());
        Summary {
            id: result.id,
            instrument_id: result.instrument_id.clone(),
            instrument_version: result.instrument_version,
            completed_at: result.completed_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            scores: round_scores(scores),
            region,
            leaning: region.leaning(),
            change: previous
                .map(|p| scoring::compare(instrument.reliable_change, &p.scores, scores)),
        }
    }

    fn print(&self, instrument: &Instrument) {
        outln!("{} — {}", instrument.name, &self.completed_at[..10]);
        for (subscale, score) in &self.scores {
            outln!("  {:<10} {score:.2}", instrument.subscale_name(subscale));
        }
        outln!("  {:<10} {}", "Position", self.leaning);
        match &self.change {
            Some(change) => {
                for sentence in change.sentences() {
                    outln!("  {sentence}");
                }
            }
            None => outln!("  This is your first result with this instrument."),
        }
    }
}

fn round_scores(scores: &Scores) -> BTreeMap<String, f64> {
    scores
        .by_subscale
        .iter()
        .map(|(k, v)| (k.clone(), (v * 1000.0).round() / 1000.0))
        .collect()
}

fn list(content: &Content, json: bool) -> Result<(), CliError> {
    #[derive(Serialize)]
    struct Row<'a> {
        id: &'a str,
        name: &'a str,
        version: u32,
        items: usize,
        minutes: u32,
        source: &'a str,
    }
    let rows: Vec<Row> = content
        .instruments
        .iter()
        .map(|i| Row {
            id: &i.id,
            name: &i.name,
            version: i.version,
            items: i.items.len(),
            minutes: i.minutes,
            source: &i.source,
        })
        .collect();
    if json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    for r in rows {
        outln!(
            "{:<22} {:<24} {:>2} items  ~{} min",
            r.id,
            r.name,
            r.items,
            r.minutes
        );
    }
    Ok(())
}

fn history(
    journal: &Journal,
    content: &Content,
    instrument: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    let results = journal.assessment_results(instrument)?;
    #[derive(Serialize)]
    struct Row {
        id: i64,
        instrument_id: String,
        instrument_version: u32,
        completed_at: String,
        scores: BTreeMap<String, f64>,
        leaning: Option<&'static str>,
    }
    let rows: Vec<Row> = results
        .iter()
        .map(|r| Row {
            id: r.id,
            instrument_id: r.instrument_id.clone(),
            instrument_version: r.instrument_version,
            completed_at: r.completed_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
            scores: round_scores(&r.scores),
            leaning: content.instrument(&r.instrument_id).map(|i| {
                scoring::region(&i.scale, r.scores.anxiety(), r.scores.avoidance()).leaning()
            }),
        })
        .collect();
    if json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    if rows.is_empty() {
        outln!("No completed assessments yet.");
    }
    for r in rows {
        outln!(
            "{}  {:<22} anxiety {:.2}  avoidance {:.2}  {}",
            &r.completed_at[..10],
            r.instrument_id,
            r.scores.get("anxiety").copied().unwrap_or(f64::NAN),
            r.scores.get("avoidance").copied().unwrap_or(f64::NAN),
            r.leaning.unwrap_or("")
        );
    }
    Ok(())
}
