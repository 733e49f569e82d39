-- Version 3: written entries with their tags, drafts that survive crashes, and the
-- prompt chosen for each day.
CREATE TABLE entries (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    day        TEXT NOT NULL,
    prompt_id  TEXT,
    body       TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX entries_day ON entries (day, kind);
CREATE INDEX entries_prompt ON entries (prompt_id, day);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
) STRICT;

CREATE INDEX entry_tags_tag ON entry_tags (tag);

CREATE TABLE drafts (
    kind       TEXT PRIMARY KEY NOT NULL,
    prompt_id  TEXT,
    body       TEXT NOT NULL,
    tags       TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE prompt_choices (
    day       TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    prompt_id TEXT NOT NULL,
    skipped   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, seq)
) STRICT;
