package org.switchboard.themes;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The built-in themes: AtlantaFX Primer plus our tokens and one stylesheet per control family. */
public final class Themes {
    public static final Theme LIGHT = new BuiltInTheme("light", "Light", false,
            primer("primer-light.css", new PrimerLight().getUserAgentStylesheet()));
    public static final Theme DARK = new BuiltInTheme("dark", "Dark", true,
            primer("primer-dark.css", new PrimerDark().getUserAgentStylesheet()));

    private Themes() {}

    /**
     * The Primer stylesheet copied beside ours by the build, so that JavaFX finds its compiled
     * {@code .bss} twin (about ten times faster to load); AtlantaFX's own when the copy is absent.
     */
    private static String primer(String name, String atlantafxOwn) {
        URL copy = Themes.class.getResource("atlantafx/" + name);
        return copy != null ? copy.toExternalForm() : atlantafxOwn;
    }

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
                    resource("merge.css"), resource("chat.css"), resource("call.css"));
        }

        private static String resource(String name) {
            return Objects.requireNonNull(Themes.class.getResource(name), name).toExternalForm();
        }
    }
}
