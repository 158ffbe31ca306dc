/**
 * The SIP channel: a JAIN-SIP adapter for registration, calls and SIP MESSAGE, with the mapping
 * between SDP and the media API. Only this package sees JAIN-SIP types; calls' audio goes through
 * {@code org.switchboard.media}.
 */
@NullMarked
package org.switchboard.channels.sip;

import org.jspecify.annotations.NullMarked;
