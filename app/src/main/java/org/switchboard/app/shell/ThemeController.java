package org.switchboard.app.shell;

import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.switchboard.themes.Theme;
import org.switchboard.themes.Themes;

/**
 * Chooses and applies the theme: {@code -Dswitchboard.theme=light|dark} if given, else the system's
 * colour scheme (followed live) until the user switches by hand.
 */
final class ThemeController {
    private final Scene scene;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Themes.LIGHT);
    private boolean followSystem;

    ThemeController(Scene scene) {
        this.scene = scene;
        String forced = System.getProperty("switchboard.theme", "").strip();
        var chosen = Themes.byId(forced);
        followSystem = chosen.isEmpty();
        apply(chosen.orElseGet(ThemeController::systemTheme));
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> {
            if (followSystem) {
                apply(systemTheme());
            }
        });
    }

    /** Switches between light and dark; from then on the system preference is no longer followed. */
    void toggle() {
        followSystem = false;
        apply(theme.get().isDark() ? Themes.LIGHT : Themes.DARK);
    }

    void apply(Theme next) {
        Application.setUserAgentStylesheet(next.userAgentStylesheet());
        scene.getStylesheets().setAll(next.stylesheets());
        theme.set(next);
    }

    /** Gives another window's root (a dialog pane, a conversation) the theme, now and after every switch. */
    void follow(Parent root) {
        theme.subscribe(now -> root.getStylesheets().setAll(now.stylesheets()));
    }

    ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    private static Theme systemTheme() {
        return Platform.getPreferences().getColorScheme() == ColorScheme.DARK ? Themes.DARK : Themes.LIGHT;
    }
}
