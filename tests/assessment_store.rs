//! Assessment sessions in the journal: answers as given, resuming, completing, discarding.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use securebase::content::Content;
use securebase::domain::scoring;
use securebase::store::Journal;

fn at(day: u32, hour: u32) -> chrono::NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

#[test]
fn a_session_keeps_every_answer_and_its_place() {
    let mut journal = Journal::open_in_memory().unwrap();
    assert!(journal.unfinished_assessment().unwrap().is_none());
    let id = journal.start_assessment("pulse", 1, at(1, 9)).unwrap();
    journal
        .save_assessment_answer(id, "anx02", 5, 1, at(1, 9))
        .unwrap();
    journal
        .save_assessment_answer(id, "avo02", 3, 2, at(1, 9))
        .unwrap();
    // Changing an answer replaces it.
    journal
        .save_assessment_answer(id, "anx02", 6, 1, at(1, 9))
        .unwrap();
    let session = journal.unfinished_assessment().unwrap().unwrap();
    assert_eq!(session.id, id);
    assert_eq!(session.position, 1);
    assert_eq!(session.answers.len(), 2);
    assert_eq!(session.answers["anx02"], 6);
    journal.set_assessment_position(id, 0).unwrap();
    assert_eq!(
        journal.unfinished_assessment().unwrap().unwrap().position,
        0
    );

    journal.discard_assessment(id).unwrap();
    assert!(journal.unfinished_assessment().unwrap().is_none());
    assert!(
        journal.assessment_answers(id).unwrap().is_empty(),
        "answers went too"
    );
}

#[test]
fn completed_scores_are_stored_and_recomputable_from_the_answers() {
    let content = Content::builtin().unwrap();
    let pulse = content.instrument("pulse").unwrap();
    let mut journal = Journal::open_in_memory().unwrap();
    let answers: BTreeMap<String, u8> = pulse
        .items
        .iter()
        .zip([6, 2, 5, 3, 2, 1, 7, 4])
        .map(|(i, v)| (i.id.clone(), v))
        .collect();
    let scores = scoring::score(pulse, &answers).unwrap();
    let first = journal
        .record_assessment("pulse", 1, &answers, &scores, at(2, 10))
        .unwrap();

    let id = journal.start_assessment("pulse", 1, at(20, 10)).unwrap();
    for item in &pulse.items {
        journal
            .save_assessment_answer(id, &item.id, 4, 0, at(20, 10))
            .unwrap();
    }
    let neutral = scoring::score(pulse, &journal.assessment_answers(id).unwrap()).unwrap();
    journal
        .complete_assessment(id, &neutral, at(20, 11))
        .unwrap();
    assert!(journal.unfinished_assessment().unwrap().is_none());

    let results = journal.assessment_results(Some("pulse")).unwrap();
    assert_eq!(
        results.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![first, id]
    );
    assert_eq!(results[0].scores, scores);
    assert_eq!(results[1].scores.anxiety(), 4.0);
    assert_eq!(results[1].completed_at, at(20, 11));
    for result in &results {
        let again = scoring::score(pulse, &journal.assessment_answers(result.id).unwrap()).unwrap();
        assert_eq!(again, result.scores);
    }
    assert!(
        journal
            .assessment_results(Some("close-relationships"))
            .unwrap()
            .is_empty()
    );
    assert_eq!(journal.assessment_results(None).unwrap().len(), 2);
}

#[test]
fn a_completed_session_cannot_be_discarded() {
    let mut journal = Journal::open_in_memory().unwrap();
    let content = Content::builtin().unwrap();
    let pulse = content.instrument("pulse").unwrap();
    let answers: BTreeMap<String, u8> = pulse.items.iter().map(|i| (i.id.clone(), 4)).collect();
    let scores = scoring::score(pulse, &answers).unwrap();
    let id = journal
        .record_assessment("pulse", 1, &answers, &scores, at(3, 8))
        .unwrap();
    journal.discard_assessment(id).unwrap();
    assert_eq!(journal.assessment_results(None).unwrap().len(), 1);
}
