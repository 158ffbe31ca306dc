/**
 * Merge suggestions: persons that share an email, phone number or IM address are offered for
 * merging; merging keeps every address of both, and a person merged into another can be unmerged.
 */
@NullMarked
package org.switchboard.app.merging;

import org.jspecify.annotations.NullMarked;
