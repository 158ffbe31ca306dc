/**
 * The address book stored in one embedded SQLite database per profile: WAL journal, foreign keys,
 * versioned schema migrations ({@code PRAGMA user_version}), file readable by the user only.
 * Everything runs on one connection guarded by a lock, so every write is one transaction and a
 * read never sees half of one.
 */
@NullMarked
package org.switchboard.contacts.store;

import org.jspecify.annotations.NullMarked;
