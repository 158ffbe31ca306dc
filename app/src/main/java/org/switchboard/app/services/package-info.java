/** Small ports the GUI talks to the rest of the system through (desktop URIs, presence). */
@NullMarked
package org.switchboard.app.services;

import org.jspecify.annotations.NullMarked;
