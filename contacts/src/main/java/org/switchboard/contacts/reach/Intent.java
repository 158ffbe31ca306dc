package org.switchboard.contacts.reach;

import java.util.Locale;
import java.util.Optional;
import org.switchboard.contacts.ChannelKind;

/** What the user asked for: any way at all, or one kind of action. */
public enum Intent {
    ANY,
    CHAT,
    CALL,
    EMAIL;

    /** True when an action of {@code kind} satisfies this intent. */
    public boolean accepts(ChannelKind kind) {
        return this == ANY || name().equals(kind.name());
    }

    public static Optional<Intent> fromId(String id) {
        for (Intent intent : values()) {
            if (intent.name().equalsIgnoreCase(id)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
