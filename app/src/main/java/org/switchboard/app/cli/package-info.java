/**
 * The {@code switchboard} command line: the same profile as the GUI, no GUI started. JSON on
 * stdout, one clear line on stderr and a non-zero status on error (2 for usage errors).
 */
@NullMarked
package org.switchboard.app.cli;

import org.jspecify.annotations.NullMarked;
