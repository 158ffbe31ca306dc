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
 * Keeps GTK 3 from starting what a JavaFX window never uses, by setting its environment variables in
 * our own process (libc's {@code setenv}) before the toolkit starts; GTK reads them as it starts. A
 * variable the user set already is left alone.
 * <ul>
 * <li>{@code GDK_GL=disable} while we render in software ({@code -Dprism.order=sw}): GTK probes OpenGL
 *     when it opens the X display, which without a GPU (Xvfb, a VM) loads Mesa's llvmpipe and libLLVM —
 *     about 55 MB of resident memory — though JavaFX's software pipeline never asks GTK for OpenGL.</li>
 * <li>{@code NO_AT_BRIDGE=1}: GTK's bridge to the AT-SPI accessibility bus connects to (or, without a
 *     session bus, launches) D-Bus daemons at start-up, hundreds of milliseconds; JavaFX has no ATK
 *     support on Linux, so the bridge would have nothing of ours to expose.</li>
 * </ul>
 */
final class GtkEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(GtkEnvironment.class);

    private GtkEnvironment() {
    }

    /** Sets what applies here; on other systems than Linux nothing. */
    static void apply() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
            return;
        }
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> symbol = linker.defaultLookup().find("setenv");
        if (symbol.isEmpty()) {
            return;
        }
        MethodHandle setenv = linker.downcallHandle(symbol.get(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        if (System.getProperty("prism.order", "").strip().startsWith("sw")) {
            setUnlessSet(setenv, "GDK_GL", "disable");
        }
        setUnlessSet(setenv, "NO_AT_BRIDGE", "1");
    }

    private static void setUnlessSet(MethodHandle setenv, String name, String value) {
        if (System.getenv(name) != null) {
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            int status = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 1);
            if (status != 0) {
                LOG.debug("setenv({}) failed for GTK", name);
            }
        } catch (Throwable e) {
            LOG.debug("Could not set {} for GTK: {}", name, e.toString());
        }
    }
}
