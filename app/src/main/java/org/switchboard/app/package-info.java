/** The composition root: {@link org.switchboard.app.Main} starts the CLI or the GUI on one profile. */
@NullMarked
package org.switchboard.app;

import org.jspecify.annotations.NullMarked;
