-- Version 4: check-ins. Values are kept per item id, words per kind, so the content
-- file can grow without a schema change.
CREATE TABLE checkins (
    id         INTEGER PRIMARY KEY,
    day        TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX checkins_day ON checkins (day);

CREATE TABLE checkin_values (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    item_id    TEXT NOT NULL,
    value      INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
    PRIMARY KEY (checkin_id, item_id)
) STRICT;

CREATE TABLE checkin_words (
    checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('emotion', 'context', 'behaviour')),
    word       TEXT NOT NULL,
    PRIMARY KEY (checkin_id, kind, word)
) STRICT;
