package org.switchboard.themes;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The built-in themes: AtlantaFX Primer plus our tokens and one stylesheet per control family. */
public final class Themes {
    public static final Theme LIGHT = new BuiltInTheme("light", "Light", false, new PrimerLight().getUserAgentStylesheet());
    public static final Theme DARK = new BuiltInTheme("dark", "Dark", true, new PrimerDark().getUserAgentStylesheet());

    private Themes() {}

    public static List<Theme> all() {
        return List.of(LIGHT, DARK);
    }

    public static Optional<Theme> byId(String id) {
        return all().stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    private record BuiltInTheme(String id, String displayName, boolean isDark, String userAgentStylesheet) implements Theme {
        @Override
        public List<String> stylesheets() {
            return List.of(resource("tokens-" + id + ".css"), resource("base.css"), resource("presence.css"),
                    resource("people.css"), resource("card.css"), resource("editor.css"), resource("feedback.css"),
                    resource("merge.css"), resource("chat.css"));
        }

        private static String resource(String name) {
            return Objects.requireNonNull(Themes.class.getResource(name), name).toExternalForm();
        }
    }
}
