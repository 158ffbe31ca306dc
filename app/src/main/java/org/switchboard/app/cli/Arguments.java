package org.switchboard.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The words after a verb: positional arguments, {@code --flag}s and {@code --option VALUE} (or
 * {@code --option=VALUE}), checked against what the command accepts.
 */
final class Arguments {
    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, @Nullable String> options = new HashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * @param valued options that take a value ("--query")
     * @param flags options that take none ("--json")
     */
    static Arguments parse(String command, List<String> words, Set<String> valued, Set<String> flags) {
        Arguments args = new Arguments(command);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--")) {
                args.positional.addAll(words.subList(i + 1, words.size()));
                break;
            }
            if (word.startsWith("--")) {
                int eq = word.indexOf('=');
                String name = eq > 0 ? word.substring(0, eq) : word;
                if (valued.contains(name)) {
                    if (eq > 0) {
                        args.options.put(name, word.substring(eq + 1));
                    } else if (i + 1 < words.size()) {
                        args.options.put(name, words.get(++i));
                    } else {
                        throw new UsageException(name + " needs a value for '" + command + "'");
                    }
                } else if (flags.contains(name) && eq < 0) {
                    args.options.put(name, null);
                } else {
                    throw new UsageException("unknown option " + word + " for '" + command + "'");
                }
            } else {
                args.positional.add(word);
            }
        }
        return args;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** One or more positional arguments (e.g. the words of a search), named in the usage message when none. */
    List<String> atLeastOne(String usage) {
        if (positional.isEmpty()) {
            throw new UsageException("missing argument for '" + command + "'; usage: switchboard " + usage);
        }
        return List.copyOf(positional);
    }

    /** Every positional argument, possibly none. */
    List<String> positionals() {
        return List.copyOf(positional);
    }

    /** Exactly {@code count} positional arguments, named in the usage message when they are missing. */
    List<String> positional(int count, String usage) {
        if (positional.size() != count) {
            throw new UsageException((positional.size() < count ? "missing " : "too many arguments for ")
                    + "'" + command + "'; usage: switchboard " + usage);
        }
        return List.copyOf(positional);
    }
}
