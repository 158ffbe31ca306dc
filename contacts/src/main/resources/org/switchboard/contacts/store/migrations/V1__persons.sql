-- Persons and their endpoints (typed, normalised addresses).
CREATE TABLE persons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL,
    name_family TEXT NOT NULL DEFAULT '',
    name_given TEXT NOT NULL DEFAULT '',
    name_additional TEXT NOT NULL DEFAULT '',
    name_prefix TEXT NOT NULL DEFAULT '',
    name_suffix TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    photo_data BLOB,
    photo_media_type TEXT,
    photo_url TEXT,
    categories TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT,
    extra_vcard TEXT NOT NULL DEFAULT '',
    last_used_channel TEXT,
    last_used_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE endpoints (
    person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    address TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (person_id, position)
);

CREATE INDEX endpoints_by_address ON endpoints (kind, lower(address));
