/**
 * The user's own accounts in the GUI: the "Accounts…" dialog with each account's live state, the
 * add/edit form for XMPP and SIP accounts (passwords go only to the OS secret store; a SIP account's
 * call handling and SRTP to the profile's settings), and the prompt for a server certificate no
 * authority vouches for.
 */
@NullMarked
package org.switchboard.app.accounts;

import org.jspecify.annotations.NullMarked;
