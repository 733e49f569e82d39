-- Version 2: assessment sessions, every answer by item id, and the computed scores.
CREATE TABLE assessment_sessions (
    id                 INTEGER PRIMARY KEY,
    instrument_id      TEXT NOT NULL,
    instrument_version INTEGER NOT NULL,
    started_at         TEXT NOT NULL,
    completed_at       TEXT,
    position           INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX assessment_sessions_completed
    ON assessment_sessions (instrument_id, completed_at);

CREATE TABLE assessment_answers (
    session_id  INTEGER NOT NULL REFERENCES assessment_sessions (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    value       INTEGER NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (session_id, item_id)
) STRICT;

CREATE TABLE assessment_scores (
    session_id  INTEGER NOT NULL REFERENCES assessment_sessions (id) ON DELETE CASCADE,
    subscale_id TEXT NOT NULL,
    score       REAL NOT NULL,
    PRIMARY KEY (session_id, subscale_id)
) STRICT;
