/**
 * The user's own accounts in the GUI: the "Accounts…" dialog with each account's live state, the
 * add/edit form (passwords go only to the OS secret store), and the prompt for a server certificate
 * no authority vouches for.
 */
@NullMarked
package org.switchboard.app.accounts;

import org.jspecify.annotations.NullMarked;
