package org.switchboard.themes.build;

import com.sun.javafx.css.parser.Css2Bin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Build step (run by the themes pom before packaging, never shipped): copies AtlantaFX's Primer
 * stylesheets beside ours and compiles every stylesheet to JavaFX's binary form ({@code .bss}),
 * which JavaFX loads instead of the {@code .css} of the same name. Parsing the 165 KB Primer
 * stylesheet costs about 100 ms at start-up; loading its binary form about 10 ms.
 *
 * <p>Usage: {@code StylesheetCompiler CLASSES_DIR}.
 */
public final class StylesheetCompiler {
    private static final List<String> PRIMER = List.of("primer-light.css", "primer-dark.css");

    private StylesheetCompiler() {}

    public static void main(String[] args) throws IOException {
        Path themes = Path.of(args[0], "org", "switchboard", "themes");
        Path atlantafx = themes.resolve("atlantafx");
        Files.createDirectories(atlantafx);
        for (String name : PRIMER) {
            try (InputStream in = Objects.requireNonNull(
                    atlantafx.base.theme.PrimerLight.class.getResourceAsStream(name), "AtlantaFX's " + name)) {
                Files.copy(in, atlantafx.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        int compiled = 0;
        try (Stream<Path> files = Files.walk(themes)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).toList()) {
                String path = css.toString();
                Css2Bin.convertToBinary(path, path.substring(0, path.length() - 4) + ".bss");
                compiled++;
            }
        }
        System.out.println("StylesheetCompiler: " + compiled + " stylesheets compiled to .bss in " + themes);
    }
}
