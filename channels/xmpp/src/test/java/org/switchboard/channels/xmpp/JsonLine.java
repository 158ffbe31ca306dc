package org.switchboard.channels.xmpp;

import java.util.LinkedHashMap;
import java.util.Map;

/** The peer's protocol: flat JSON objects on one line, values read as strings. Just enough JSON. */
final class JsonLine {
    private JsonLine() {}

    static Map<String, String> parse(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        int[] at = {skip(line, line.indexOf('{') + 1)};
        while (at[0] < line.length() && line.charAt(at[0]) != '}') {
            String key = string(line, at);
            at[0] = skip(line, line.indexOf(':', at[0]) + 1);
            String value = line.charAt(at[0]) == '"' ? string(line, at) : bare(line, at);
            fields.put(key, value);
            at[0] = skip(line, at[0]);
            if (line.charAt(at[0]) == ',') {
                at[0] = skip(line, at[0] + 1);
            }
        }
        return fields;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String string(String line, int[] at) {
        StringBuilder out = new StringBuilder();
        int i = at[0] + 1;
        while (line.charAt(i) != '"') {
            char c = line.charAt(i++);
            if (c == '\\') {
                char e = line.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(line.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        at[0] = i + 1;
        return out.toString();
    }

    private static String bare(String line, int[] at) {
        int end = at[0];
        while (end < line.length() && ",} ".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        String value = line.substring(at[0], end);
        at[0] = end;
        return value;
    }

    private static int skip(String line, int at) {
        int i = at;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
