-- One timeline per person: every message (later calls and mails: kind) in the profile database,
-- searchable through an FTS5 index (external content) kept in sync. The person is not stored: it is the
-- person owning the peer's address now (endpoints), so merges and edited addresses need no rewrite.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'message',
    account TEXT NOT NULL,
    peer_kind TEXT NOT NULL,
    peer_address TEXT NOT NULL,
    peer_key TEXT NOT NULL,
    direction TEXT NOT NULL,
    body TEXT NOT NULL,
    at INTEGER NOT NULL,
    origin_id TEXT,
    stanza_id TEXT,
    delivery TEXT NOT NULL,
    unread INTEGER NOT NULL DEFAULT 0,
    original_body TEXT,
    corrected_at INTEGER
);

-- Dedupe: the sender's id is unique per conversation, the archive's id per account.
CREATE UNIQUE INDEX history_by_origin_id ON history (account, peer_kind, peer_key, origin_id)
    WHERE origin_id IS NOT NULL;
CREATE UNIQUE INDEX history_by_stanza_id ON history (account, stanza_id) WHERE stanza_id IS NOT NULL;
CREATE INDEX history_by_peer ON history (peer_kind, peer_key, at, id);
CREATE INDEX history_unread ON history (peer_kind, peer_key) WHERE unread = 1;

CREATE VIRTUAL TABLE history_fts USING fts5 (
    body,
    content = 'history',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- No insert trigger: FTS5 writes its pending terms to disk at every statement savepoint, so a trigger
-- made each inserted row a segment of its own (10,000 rows/s). The store indexes each batch's new rows
-- with one INSERT ... SELECT after inserting them (HistoryRows.append), in the same transaction.
CREATE TRIGGER history_fts_delete AFTER DELETE ON history BEGIN
    INSERT INTO history_fts (history_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER history_fts_update AFTER UPDATE OF body ON history BEGIN
    INSERT INTO history_fts (history_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO history_fts (rowid, body) VALUES (new.id, new.body);
END;
