-- Version 5: guided practice sessions, each step's answer, and the follow-up on how a
-- planned action went.
CREATE TABLE practice_sessions (
    id                  INTEGER PRIMARY KEY,
    exercise_id         TEXT NOT NULL,
    started_at          TEXT NOT NULL,
    completed_at        TEXT,
    position            INTEGER NOT NULL DEFAULT 0,
    follow_up_tried     INTEGER,
    follow_up_rating    INTEGER CHECK (follow_up_rating BETWEEN 1 AND 5),
    follow_up_learned   TEXT,
    follow_up_at        TEXT,
    follow_up_dismissed INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX practice_sessions_started ON practice_sessions (started_at);

CREATE TABLE practice_answers (
    session_id  INTEGER NOT NULL REFERENCES practice_sessions (id) ON DELETE CASCADE,
    step_id     TEXT NOT NULL,
    text        TEXT,
    number      INTEGER,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (session_id, step_id)
) STRICT;
