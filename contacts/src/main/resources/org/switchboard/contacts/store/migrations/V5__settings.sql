-- Small profile settings as key/value text (e.g. the user's own presence, chosen on the command line
-- or in the GUI). Keys are dotted names ("presence.mode"); values are plain text.
CREATE TABLE settings (
    key        TEXT NOT NULL PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
