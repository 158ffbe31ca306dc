/**
 * The Reach policy: which way to reach a person right now, as a pure function of what is known
 * (endpoints with presence and capabilities, both sides' availability, intent, history and
 * preference). No I/O; the same inputs always give the same ranked answer.
 */
@NullMarked
package org.switchboard.contacts.reach;

import org.jspecify.annotations.NullMarked;
