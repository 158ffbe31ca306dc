/**
 * The user's own accounts (XMPP, SIP, mail…): which address, which server, whether enabled, which
 * certificates the user chose to trust. Passwords are never part of them: they live in the OS
 * secret store, looked up by {@link org.switchboard.contacts.accounts.Account#key()}.
 */
@NullMarked
package org.switchboard.contacts.accounts;

import org.jspecify.annotations.NullMarked;
