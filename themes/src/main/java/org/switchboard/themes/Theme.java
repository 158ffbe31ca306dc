package org.switchboard.themes;

import java.util.List;

/** A complete look: a user-agent stylesheet plus Switchboard's own stylesheets on top. */
public interface Theme {
    /** A stable id for settings ("light", "dark"). */
    String id();

    /** A name for menus ("Light", "Dark"). */
    String displayName();

    boolean isDark();

    /** The URL of the user-agent stylesheet (the AtlantaFX base theme). */
    String userAgentStylesheet();

    /** Switchboard's stylesheets, in the order they are added to a scene. */
    List<String> stylesheets();
}
