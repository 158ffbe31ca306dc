-- The user's own accounts. Passwords are never stored here: they live in the OS secret store.
CREATE TABLE accounts (
    kind                 TEXT    NOT NULL,
    address              TEXT    NOT NULL,
    server               TEXT    NOT NULL DEFAULT '',
    transport            TEXT    NOT NULL DEFAULT '',
    enabled              INTEGER NOT NULL DEFAULT 1,
    trusted_fingerprints TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    PRIMARY KEY (kind, address)
);
