package org.switchboard.app.testing;

import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Parent;
import org.switchboard.themes.Theme;

/** Windows in a theme without the main window: the theme's user-agent stylesheet, and its stylesheets on each root. */
public final class TestThemes {
    private TestThemes() {}

    /** Call on the FX thread: sets the user-agent stylesheet and returns the styler for window roots. */
    public static Consumer<Parent> styler(Theme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        return root -> root.getStylesheets().setAll(theme.stylesheets());
    }
}
