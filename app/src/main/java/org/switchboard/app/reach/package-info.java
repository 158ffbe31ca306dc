/** Gathers what the Reach policy needs from the running app (channels, accounts, history) for GUI and CLI alike. */
@NullMarked
package org.switchboard.app.reach;

import org.jspecify.annotations.NullMarked;
