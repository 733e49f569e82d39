//! What today asks of the user, joining the pure rules in `domain` with the journal:
//! the prompt of the day (chosen once, then the same all day).

use chrono::NaiveDate;

use crate::content::Content;
use crate::domain::prompt_choice::{self, Lean};
use crate::domain::reflection::Prompt;
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
