package org.switchboard.contacts.merge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The kept vCard property text of a person ({@code Person.extraVcard}) seen as a list of
 * properties, each with its folded continuation lines.
 */
public final class ExtraProperties {
    private ExtraProperties() {}

    /** Each property of {@code extra} as one string (continuation lines included, CRLF-joined). */
    public static List<String> split(String extra) {
        List<String> properties = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : extra.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            boolean continuation = line.startsWith(" ") || line.startsWith("\t");
            if (!continuation && !current.isEmpty()) {
                properties.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append("\r\n");
            }
            current.append(line);
        }
        if (!current.isEmpty()) {
            properties.add(current.toString());
        }
        return properties;
    }

    /** The properties joined back into text, each ending with CRLF. */
    public static String join(List<String> properties) {
        StringBuilder text = new StringBuilder();
        properties.forEach(p -> text.append(p).append("\r\n"));
        return text.toString();
    }

    /** The properties of {@code added} that {@code base} lacks. */
    public static List<String> missingFrom(String base, String added) {
        Set<String> present = new LinkedHashSet<>(split(base));
        return split(added).stream().filter(p -> !present.contains(p)).toList();
    }

    /** {@code base} without the given properties. */
    public static String without(String base, List<String> removed) {
        Set<String> gone = Set.copyOf(removed);
        return join(split(base).stream().filter(p -> !gone.contains(p)).toList());
    }
}
