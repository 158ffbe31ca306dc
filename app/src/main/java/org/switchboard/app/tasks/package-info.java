/** Threading for the GUI: blocking work on virtual threads, results handed to the FX thread once. */
@NullMarked
package org.switchboard.app.tasks;

import org.jspecify.annotations.NullMarked;
