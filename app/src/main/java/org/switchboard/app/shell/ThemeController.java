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
        followSystem = forced().isEmpty();
        apply(initial());
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

    /**
     * The theme to start with: {@code -Dswitchboard.theme} if given, else the system's. Set as the user
     * agent stylesheet as soon as the toolkit runs ({@link #useInitialTheme()}), before the first control
     * exists: otherwise the first control loads JavaFX's Modena stylesheet only to have it replaced.
     */
    static Theme initial() {
        return forced().orElseGet(ThemeController::systemTheme);
    }

    /** Makes {@link #initial()} the user agent stylesheet; on the FX thread, before any control is created. */
    static void useInitialTheme() {
        Application.setUserAgentStylesheet(initial().userAgentStylesheet());
    }

    private static java.util.Optional<Theme> forced() {
        return Themes.byId(System.getProperty("switchboard.theme", "").strip());
    }

    void apply(Theme next) {
        if (!next.userAgentStylesheet().equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(next.userAgentStylesheet());
        }
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
