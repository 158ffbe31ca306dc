/** The main window, the theme, start-up and the GUI entry point {@link org.switchboard.app.shell.GuiLauncher}. */
@NullMarked
package org.switchboard.app.shell;

import org.jspecify.annotations.NullMarked;
