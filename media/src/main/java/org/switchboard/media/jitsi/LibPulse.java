package org.switchboard.media.jitsi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The few libpulse calls libjitsi's PulseAudio wrapper lacks (server info for the default devices,
 * event subscription for hot-plug), bound with the Java FFM API. Every call may throw what the native
 * function throws: none of them does, so {@link Throwable}s from {@code invokeExact} are wrapped.
 */
@SuppressWarnings("restricted") // FFM calls into libpulse; the app runs with --enable-native-access
final class LibPulse {
    static final int CONTEXT_NOAUTOSPAWN = 1;
    static final int CONTEXT_READY = 4;
    static final int CONTEXT_FAILED = 5;
    static final int CONTEXT_TERMINATED = 6;
    static final int OPERATION_RUNNING = 0;
    static final int SUBSCRIPTION_MASK_SINK = 0x0001;
    static final int SUBSCRIPTION_MASK_SOURCE = 0x0002;
    static final int SUBSCRIPTION_MASK_SERVER = 0x0080;
    static final int EVENT_FACILITY_MASK = 0x000F;
    static final int EVENT_TYPE_MASK = 0x0030;
    static final int EVENT_SERVER = 0x0007;
    static final int EVENT_CHANGE = 0x0010;

    static final AddressLayout C_STRING_LAYOUT = ADDRESS.withTargetLayout(MemoryLayout.sequenceLayout(Long.MAX_VALUE,
            java.lang.foreign.ValueLayout.JAVA_BYTE));
    /** The head of {@code pa_server_info} up to the two default device names (ABI-stable since libpulse 0.9). */
    static final StructLayout SERVER_INFO = MemoryLayout.structLayout(
            C_STRING_LAYOUT.withName("user_name"), C_STRING_LAYOUT.withName("host_name"), C_STRING_LAYOUT.withName("server_version"),
            C_STRING_LAYOUT.withName("server_name"),
            MemoryLayout.structLayout(JAVA_INT, JAVA_INT, java.lang.foreign.ValueLayout.JAVA_BYTE,
                    MemoryLayout.paddingLayout(3)).withName("sample_spec"),
            MemoryLayout.paddingLayout(4),
            C_STRING_LAYOUT.withName("default_sink_name"), C_STRING_LAYOUT.withName("default_source_name"));
    static final long DEFAULT_SINK_OFFSET = SERVER_INFO.byteOffset(MemoryLayout.PathElement.groupElement("default_sink_name"));
    static final long DEFAULT_SOURCE_OFFSET = SERVER_INFO.byteOffset(MemoryLayout.PathElement.groupElement("default_source_name"));

    static final FunctionDescriptor CONTEXT_NOTIFY_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS);
    static final FunctionDescriptor SERVER_INFO_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS.withTargetLayout(SERVER_INFO), ADDRESS);
    static final FunctionDescriptor SUBSCRIBE_CB = FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);

    private final Linker linker = Linker.nativeLinker();
    private final SymbolLookup library;
    final MethodHandle mainloopNew;
    final MethodHandle mainloopStart;
    final MethodHandle mainloopStop;
    final MethodHandle mainloopFree;
    final MethodHandle mainloopLock;
    final MethodHandle mainloopUnlock;
    final MethodHandle mainloopWait;
    final MethodHandle mainloopSignal;
    final MethodHandle mainloopGetApi;
    final MethodHandle contextNew;
    final MethodHandle contextSetStateCallback;
    final MethodHandle contextConnect;
    final MethodHandle contextGetState;
    final MethodHandle contextDisconnect;
    final MethodHandle contextUnref;
    final MethodHandle contextGetServerInfo;
    final MethodHandle contextSetSubscribeCallback;
    final MethodHandle contextSubscribe;
    final MethodHandle operationGetState;
    final MethodHandle operationUnref;

    /** Binds libpulse; throws {@link IllegalArgumentException} when {@code libpulse.so.0} is not installed. */
    LibPulse() {
        library = SymbolLookup.libraryLookup("libpulse.so.0", Arena.global());
        mainloopNew = bind("pa_threaded_mainloop_new", FunctionDescriptor.of(ADDRESS));
        mainloopStart = bind("pa_threaded_mainloop_start", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        mainloopStop = bind("pa_threaded_mainloop_stop", FunctionDescriptor.ofVoid(ADDRESS));
        mainloopFree = bind("pa_threaded_mainloop_free", FunctionDescriptor.ofVoid(ADDRESS));
        mainloopLock = bind("pa_threaded_mainloop_lock", FunctionDescriptor.ofVoid(ADDRESS));
        mainloopUnlock = bind("pa_threaded_mainloop_unlock", FunctionDescriptor.ofVoid(ADDRESS));
        mainloopWait = bind("pa_threaded_mainloop_wait", FunctionDescriptor.ofVoid(ADDRESS));
        mainloopSignal = bind("pa_threaded_mainloop_signal", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
        mainloopGetApi = bind("pa_threaded_mainloop_get_api", FunctionDescriptor.of(ADDRESS, ADDRESS));
        contextNew = bind("pa_context_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
        contextSetStateCallback = bind("pa_context_set_state_callback", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        contextConnect = bind("pa_context_connect", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
        contextGetState = bind("pa_context_get_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        contextDisconnect = bind("pa_context_disconnect", FunctionDescriptor.ofVoid(ADDRESS));
        contextUnref = bind("pa_context_unref", FunctionDescriptor.ofVoid(ADDRESS));
        contextGetServerInfo = bind("pa_context_get_server_info", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        contextSetSubscribeCallback = bind("pa_context_set_subscribe_callback", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
        contextSubscribe = bind("pa_context_subscribe", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        operationGetState = bind("pa_operation_get_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        operationUnref = bind("pa_operation_unref", FunctionDescriptor.ofVoid(ADDRESS));
    }

    private MethodHandle bind(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new IllegalArgumentException("libpulse lacks " + name));
        return linker.downcallHandle(symbol, descriptor);
    }

    /** A native function pointer that calls {@code target} (a method of {@code owner}) for as long as {@code arena} lives. */
    MemorySegment upcall(Object owner, String method, FunctionDescriptor descriptor, Arena arena) {
        try {
            MethodType type = descriptor.toMethodType();
            MethodHandle target = MethodHandles.lookup().findVirtual(owner.getClass(), method, type).bindTo(owner);
            return linker.upcallStub(target, descriptor, arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no upcall target " + method, e);
        }
    }

    /** A C string as Java text; {@code null} pointers become the empty string. */
    static String string(MemorySegment pointer) {
        return pointer.equals(MemorySegment.NULL) ? "" : pointer.getString(0);
    }

    static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
