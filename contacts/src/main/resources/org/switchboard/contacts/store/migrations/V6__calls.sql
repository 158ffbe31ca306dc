-- Calls join messages in the person's timeline: a history row of kind 'call' (origin_id = the call's
-- id, body = a plain summary, never indexed for full-text search) and its figures in calls.
CREATE TABLE calls (
    history_id       INTEGER NOT NULL PRIMARY KEY REFERENCES history (id) ON DELETE CASCADE,
    talked_ms        INTEGER NOT NULL,
    outcome          TEXT NOT NULL,
    codec            TEXT NOT NULL,
    packets_sent     INTEGER NOT NULL,
    packets_received INTEGER NOT NULL,
    loss_percent     REAL NOT NULL,
    jitter_ms        REAL NOT NULL,
    round_trip_ms    REAL NOT NULL,
    mos              REAL NOT NULL
);
