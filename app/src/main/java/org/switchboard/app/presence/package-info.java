/** The user's own presence (Available, Away, Busy, Invisible, Offline and a message), published on every account. */
@NullMarked
package org.switchboard.app.presence;

import org.jspecify.annotations.NullMarked;
