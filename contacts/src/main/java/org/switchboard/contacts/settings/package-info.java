/** Small settings of a profile (the user's own presence and the like), stored with the address book. */
@NullMarked
package org.switchboard.contacts.settings;

import org.jspecify.annotations.NullMarked;
