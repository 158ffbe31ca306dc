/**
 * What the domain knows about calls, whatever carried them: the live quality figures of a call's
 * audio and the E-model estimate of how it sounds.
 */
@NullMarked
package org.switchboard.contacts.calls;

import org.jspecify.annotations.NullMarked;
