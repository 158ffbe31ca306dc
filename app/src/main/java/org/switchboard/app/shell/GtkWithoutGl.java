package org.switchboard.app.shell;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps GTK 3 from loading the OpenGL driver stack while we render in software. GTK probes OpenGL
 * when it opens the X display (to pick GL-capable visuals, through libepoxy); with no GPU, as under
 * Xvfb or in a VM, that loads Mesa's llvmpipe and libLLVM: about 55 MB of resident memory for
 * nothing, as JavaFX's software pipeline ({@code -Dprism.order=sw}) never asks GTK for OpenGL.
 * {@code GDK_GL=disable} turns the probe off; GTK reads it at start, so it is set in our own
 * environment (libc's {@code setenv}) before the toolkit starts. A user's own {@code GDK_GL} or a GPU
 * pipeline ({@code -Dprism.order=es2}) leaves it alone.
 */
final class GtkWithoutGl {
    private static final Logger LOG = LoggerFactory.getLogger(GtkWithoutGl.class);

    private GtkWithoutGl() {
    }

    /** Sets {@code GDK_GL=disable} when it applies; true when it was set. */
    static boolean apply() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean software = System.getProperty("prism.order", "").strip().startsWith("sw");
        if (!linux || !software || System.getenv("GDK_GL") != null) {
            return false;
        }
        return setenv("GDK_GL", "disable");
    }

    private static boolean setenv(String name, String value) {
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> symbol = linker.defaultLookup().find("setenv");
        if (symbol.isEmpty()) {
            return false;
        }
        MethodHandle setenv = linker.downcallHandle(symbol.get(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            return (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 1) == 0;
        } catch (Throwable e) {
            LOG.debug("Could not set {} for GTK: {}", name, e.toString());
            return false;
        }
    }
}
