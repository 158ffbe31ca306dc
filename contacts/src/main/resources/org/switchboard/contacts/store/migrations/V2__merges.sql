-- Merged persons stay stored (hidden) so that a merge can be undone without losing anything.
ALTER TABLE persons ADD COLUMN absorbed_into INTEGER REFERENCES persons(id) ON DELETE CASCADE;

CREATE INDEX persons_by_absorber ON persons (absorbed_into);

CREATE TABLE merges (
    absorbed_id INTEGER PRIMARY KEY REFERENCES persons(id) ON DELETE CASCADE,
    survivor_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    added_endpoints TEXT NOT NULL,
    filled_fields TEXT NOT NULL,
    added_extra TEXT NOT NULL,
    merged_at INTEGER NOT NULL
);

CREATE INDEX merges_by_survivor ON merges (survivor_id);
