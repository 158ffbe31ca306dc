/** Ports to the desktop around the app (URI handlers), with their system implementations. */
@NullMarked
package org.switchboard.app.system;

import org.jspecify.annotations.NullMarked;
