/**
 * Conversations: one window per person with their whole timeline (paged from the message history,
 * newest at the bottom), delivery states, safe plain-text rendering with clickable links, the composer,
 * unread counts and history search.
 */
@NullMarked
package org.switchboard.app.conversation;

import org.jspecify.annotations.NullMarked;
