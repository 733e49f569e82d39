//! What today asks of the user, joining the pure rules in `domain` with the journal:
//! the prompt of the day (chosen once, then the same all day), and where practice stands.

use chrono::{Duration, NaiveDate};

use crate::content::Content;
use crate::domain::practice::{self, PracticeSession, SuggestionInputs};
use crate::domain::prompt_choice::{self, Lean};
use crate::domain::reflection::Prompt;
use crate::domain::scoring;
use crate::store::{Journal, StoreResult};

/// Today's prompt: the one already chosen today, or a new choice that is recorded so it
/// stays the same all day.
pub fn todays_prompt<'c>(
    journal: &mut Journal,
    content: &'c Content,
    today: NaiveDate,
) -> StoreResult<Option<&'c Prompt>> {
    let chosen = journal.prompt_choices(today)?;
    if let Some(prompt) = chosen.last().and_then(|id| content.prompt(id)) {
        return Ok(Some(prompt));
    }
    next_prompt(journal, content, today, false)
}

/// Chooses another prompt for today, leaving out those already shown today. With `skip`,
/// the current one is marked skipped and will not come back for a while.
pub fn next_prompt<'c>(
    journal: &mut Journal,
    content: &'c Content,
    today: NaiveDate,
    skip: bool,
) -> StoreResult<Option<&'c Prompt>> {
    let shown_today = journal.prompt_choices(today)?;
    let history = journal.prompt_history(today)?;
    let lean = journal
        .assessment_results(None)?
        .last()
        .and_then(|r| Lean::from_scores(r.scores.anxiety(), r.scores.avoidance()));
    let choice = prompt_choice::choose(&content.prompts, today, &history, lean, &shown_today)
        .or_else(|| prompt_choice::choose(&content.prompts, today, &history, lean, &[]));
    if let Some(prompt) = choice {
        journal.choose_prompt(today, &prompt.id, skip && !shown_today.is_empty())?;
    }
    Ok(choice)
}

/// Practice as it stands today: follow-ups due, exercises done today, and suggestions.
pub struct PracticeToday {
    /// Completed sessions waiting for a follow-up, oldest first.
    pub due: Vec<PracticeSession>,
    /// Exercise ids completed today.
    pub done_today: Vec<String>,
    /// Suggested exercise ids, with the reason.
    pub suggested: Vec<(String, &'static str)>,
}

pub fn practice_today(
    journal: &Journal,
    content: &Content,
    today: NaiveDate,
) -> StoreResult<PracticeToday> {
    let due = journal
        .practice_awaiting_follow_up()?
        .into_iter()
        .filter(|s| {
            content
                .exercise(&s.exercise_id)
                .is_some_and(|e| practice::follow_up_due(s, e, today))
        })
        .collect();
    let week_ago = today - Duration::days(7);
    let recent = journal.practice_completed_since(week_ago)?;
    let done_today = recent
        .iter()
        .filter(|s| s.completed_at.is_some_and(|d| d.date() == today))
        .map(|s| s.exercise_id.clone())
        .collect();
    let recent_practice: Vec<(String, NaiveDate)> = recent
        .iter()
        .filter_map(|s| Some((s.exercise_id.clone(), s.completed_at?.date())))
        .filter(|(_, day)| *day > week_ago)
        .collect();
    let recent_checkins = journal.checkins_between(week_ago, today)?;
    let region = journal.assessment_results(None)?.pop().and_then(|r| {
        let instrument = content.instrument(&r.instrument_id)?;
        Some(scoring::region(
            &instrument.scale,
            r.scores.anxiety(),
            r.scores.avoidance(),
        ))
    });
    let suggested = practice::suggest(
        &content.exercises,
        &SuggestionInputs {
            region,
            recent_checkins: &recent_checkins,
            recent_practice: &recent_practice,
            today,
        },
    )
    .into_iter()
    .map(|s| (s.exercise.id.clone(), s.why))
    .collect();
    Ok(PracticeToday {
        due,
        done_today,
        suggested,
    })
}
