/** Logging set-up: Logback configured in code (fast start, no XML), JUL bridged to SLF4J. */
@NullMarked
package org.switchboard.app.logging;

import org.jspecify.annotations.NullMarked;
