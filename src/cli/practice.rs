//! `securebase practice`: the exercise library and what you have practised.

use clap::Args;
use serde::Serialize;

use super::CliError;
use crate::content::Content;
use crate::domain::practice::{self, FollowUp, PURPOSES};
use crate::paths::Locations;
use crate::store::Journal;

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("mode").required(true).args(["list", "history"])))]
pub struct PracticeArgs {
    /// List the exercises, grouped by purpose.
    #[arg(long)]
    list: bool,
    /// Show completed sessions, oldest first.
    #[arg(long)]
    history: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(locations: &Locations, args: PracticeArgs) -> Result<(), CliError> {
    let content = Content::load(locations.content_dir.as_deref())?;
    if args.list {
        if args.json {
            outln!("{}", serde_json::to_string_pretty(&content.exercises)?);
            return Ok(());
        }
        for (purpose, heading) in PURPOSES {
            outln!("{heading}");
            for e in content.exercises.iter().filter(|e| e.purpose == *purpose) {
                outln!("  {:<34} {:>3} min  {}", e.id, e.minutes, e.title);
            }
        }
        return Ok(());
    }
    let journal = Journal::open(&locations.journal)?;
    #[derive(Serialize)]
    struct Row<'a> {
        id: i64,
        exercise_id: &'a str,
        title: &'a str,
        started_at: String,
        completed_at: String,
        steps_answered: usize,
        intensity: Option<(u8, u8)>,
        follow_up: Option<&'a FollowUp>,
        follow_up_dismissed: bool,
    }
    let sessions = journal.completed_practice()?;
    let rows: Vec<Row> = sessions
        .iter()
        .map(|s| {
            let exercise = content.exercise(&s.exercise_id);
            Row {
                id: s.id,
                exercise_id: &s.exercise_id,
                title: exercise.map_or(s.exercise_id.as_str(), |e| e.title.as_str()),
                started_at: s.started_at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                completed_at: s
                    .completed_at
                    .map(|d| d.format("%Y-%m-%dT%H:%M:%S").to_string())
                    .unwrap_or_default(),
                steps_answered: s.answers.len(),
                intensity: exercise.and_then(|e| practice::intensity_change(e, &s.answers)),
                follow_up: s.follow_up.as_ref(),
                follow_up_dismissed: s.follow_up_dismissed,
            }
        })
        .collect();
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }
    if rows.is_empty() {
        outln!("No completed exercises yet.");
    }
    for r in rows {
        let mut line = format!("{}  {}", &r.completed_at[..10], r.title);
        if let Some((before, after)) = r.intensity {
            line.push_str(&format!("  ·  intensity {before} → {after}"));
        }
        if let Some(f) = r.follow_up {
            match (f.tried, f.rating) {
                (true, Some(rating)) => line.push_str(&format!("  ·  tried, went {rating}/5")),
                (true, None) => line.push_str("  ·  tried"),
                (false, _) => line.push_str("  ·  not tried yet"),
            }
        }
        outln!("{line}");
    }
    Ok(())
}
