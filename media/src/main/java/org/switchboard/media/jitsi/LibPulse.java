package org.switchboard.media.jitsi;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

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

/**
 * The libpulse calls we make ourselves, bound with the Java FFM API: server info (the default
 * devices), event subscription (hot-plug), listing and moving streams (routing), and the playback
 * and recording streams of calls ({@link PulseStream}). Struct layouts cover only the leading fields
 * we read, which libpulse keeps ABI-stable.
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
    static final int SUBSCRIPTION_MASK_SINK_INPUT = 0x0004;
    static final int SUBSCRIPTION_MASK_SOURCE_OUTPUT = 0x0008;
    static final int SUBSCRIPTION_MASK_SERVER = 0x0080;
    static final int EVENT_FACILITY_MASK = 0x000F;
    static final int EVENT_SINK_INPUT = 0x0002;
    static final int EVENT_SOURCE_OUTPUT = 0x0003;
    static final int EVENT_SERVER = 0x0007;
    static final int EVENT_TYPE_MASK = 0x0030;
    static final int EVENT_NEW = 0x0000;
    static final int EVENT_CHANGE = 0x0010;
    static final int SAMPLE_S16LE = 3;
    static final int STREAM_READY = 2;
    static final int STREAM_FAILED = 3;
    static final int STREAM_TERMINATED = 4;
    static final int STREAM_START_CORKED = 0x0001;
    static final int STREAM_ADJUST_LATENCY = 0x2000;
    static final int SEEK_RELATIVE = 0;
    /** {@code (uint32_t) -1}: let the server choose a buffer metric. */
    static final int DEFAULT_METRIC = -1;
    static final String PROP_MEDIA_ROLE = "media.role";

    /** {@code pa_sample_spec}: format, rate, channels. */
    static final StructLayout SAMPLE_SPEC = MemoryLayout.structLayout(JAVA_INT.withName("format"), JAVA_INT.withName("rate"),
            JAVA_BYTE.withName("channels"), MemoryLayout.paddingLayout(3));
    /** {@code pa_buffer_attr}: maxlength, tlength, prebuf, minreq, fragsize (bytes). */
    static final StructLayout BUFFER_ATTR = MemoryLayout.structLayout(JAVA_INT.withName("maxlength"),
            JAVA_INT.withName("tlength"), JAVA_INT.withName("prebuf"), JAVA_INT.withName("minreq"), JAVA_INT.withName("fragsize"));

    static final AddressLayout C_STRING = ADDRESS.withTargetLayout(MemoryLayout.sequenceLayout(Long.MAX_VALUE, JAVA_BYTE));
    /** The head of {@code pa_server_info}, up to the default device names. */
    static final StructLayout SERVER_INFO = MemoryLayout.structLayout(
            C_STRING.withName("user_name"), C_STRING.withName("host_name"), C_STRING.withName("server_version"),
            C_STRING.withName("server_name"),
            MemoryLayout.structLayout(JAVA_INT, JAVA_INT, JAVA_BYTE, MemoryLayout.paddingLayout(3)).withName("sample_spec"),
            MemoryLayout.paddingLayout(4),
            C_STRING.withName("default_sink_name"), C_STRING.withName("default_source_name"));
    static final long DEFAULT_SINK_OFFSET = offset(SERVER_INFO, "default_sink_name");
    static final long DEFAULT_SOURCE_OFFSET = offset(SERVER_INFO, "default_source_name");
    /** The head shared by {@code pa_sink_input_info} and {@code pa_source_output_info}. */
    static final StructLayout STREAM_INFO = MemoryLayout.structLayout(
            JAVA_INT.withName("index"), MemoryLayout.paddingLayout(4), C_STRING.withName("name"),
            JAVA_INT.withName("owner_module"), JAVA_INT.withName("client"), JAVA_INT.withName("device"));
    static final long STREAM_INDEX_OFFSET = offset(STREAM_INFO, "index");
    static final long STREAM_NAME_OFFSET = offset(STREAM_INFO, "name");
    static final long STREAM_CLIENT_OFFSET = offset(STREAM_INFO, "client");

    static final FunctionDescriptor CONTEXT_NOTIFY_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS);
    static final FunctionDescriptor SERVER_INFO_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS.withTargetLayout(SERVER_INFO), ADDRESS);
    static final FunctionDescriptor SUBSCRIBE_CB = FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);
    static final FunctionDescriptor STREAM_INFO_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS.withTargetLayout(STREAM_INFO),
            JAVA_INT, ADDRESS);
    static final FunctionDescriptor STREAM_NOTIFY_CB = FunctionDescriptor.ofVoid(ADDRESS, ADDRESS);
    static final FunctionDescriptor STREAM_REQUEST_CB = FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, ADDRESS);

    // Initialised in textual order: the library before the handles bound from it. Throws
    // IllegalArgumentException when libpulse.so.0 is not installed.
    private final Linker linker = Linker.nativeLinker();
    private final SymbolLookup library = SymbolLookup.libraryLookup("libpulse.so.0", Arena.global());
    final MethodHandle mainloopNew = bind("pa_threaded_mainloop_new", FunctionDescriptor.of(ADDRESS));
    final MethodHandle mainloopStart = bind("pa_threaded_mainloop_start", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle mainloopStop = bind("pa_threaded_mainloop_stop", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle mainloopFree = bind("pa_threaded_mainloop_free", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle mainloopLock = bind("pa_threaded_mainloop_lock", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle mainloopUnlock = bind("pa_threaded_mainloop_unlock", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle mainloopWait = bind("pa_threaded_mainloop_wait", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle mainloopSignal = bind("pa_threaded_mainloop_signal", FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT));
    final MethodHandle mainloopGetApi = bind("pa_threaded_mainloop_get_api", FunctionDescriptor.of(ADDRESS, ADDRESS));
    final MethodHandle contextNew = bind("pa_context_new", FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextSetStateCallback = bind("pa_context_set_state_callback",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextConnect = bind("pa_context_connect",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS));
    final MethodHandle contextGetState = bind("pa_context_get_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle contextGetIndex = bind("pa_context_get_index", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle contextDisconnect = bind("pa_context_disconnect", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle contextUnref = bind("pa_context_unref", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle contextGetServerInfo = bind("pa_context_get_server_info",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextSetSubscribeCallback = bind("pa_context_set_subscribe_callback",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextSubscribe = bind("pa_context_subscribe",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    final MethodHandle contextGetSinkInputs = bind("pa_context_get_sink_input_info_list",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextGetSourceOutputs = bind("pa_context_get_source_output_info_list",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextMoveSinkInput = bind("pa_context_move_sink_input_by_name",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle contextMoveSourceOutput = bind("pa_context_move_source_output_by_name",
            FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle operationGetState = bind("pa_operation_get_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle operationUnref = bind("pa_operation_unref", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle proplistNew = bind("pa_proplist_new", FunctionDescriptor.of(ADDRESS));
    final MethodHandle proplistSets = bind("pa_proplist_sets", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle proplistFree = bind("pa_proplist_free", FunctionDescriptor.ofVoid(ADDRESS));
    final MethodHandle streamNew = bind("pa_stream_new_with_proplist",
            FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle streamSetStateCallback = bind("pa_stream_set_state_callback",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle streamSetWriteCallback = bind("pa_stream_set_write_callback",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle streamSetReadCallback = bind("pa_stream_set_read_callback",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle streamConnectPlayback = bind("pa_stream_connect_playback",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    final MethodHandle streamConnectRecord = bind("pa_stream_connect_record",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT));
    final MethodHandle streamGetState = bind("pa_stream_get_state", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle streamWritableSize = bind("pa_stream_writable_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    final MethodHandle streamWrite = bind("pa_stream_write",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_INT));
    final MethodHandle streamReadableSize = bind("pa_stream_readable_size", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
    final MethodHandle streamPeek = bind("pa_stream_peek", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
    final MethodHandle streamDrop = bind("pa_stream_drop", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle streamCork = bind("pa_stream_cork", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
    final MethodHandle streamDisconnect = bind("pa_stream_disconnect", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    final MethodHandle streamUnref = bind("pa_stream_unref", FunctionDescriptor.ofVoid(ADDRESS));

    private MethodHandle bind(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = library.find(name).orElseThrow(() -> new IllegalArgumentException("libpulse lacks " + name));
        return linker.downcallHandle(symbol, descriptor);
    }

    /** A native function pointer that calls {@code method} of {@code owner} for as long as {@code arena} lives. */
    MemorySegment upcall(Object owner, String method, FunctionDescriptor descriptor, Arena arena) {
        try {
            MethodHandle target = MethodHandles.lookup().findVirtual(owner.getClass(), method, descriptor.toMethodType())
                    .bindTo(owner);
            return linker.upcallStub(target, descriptor, arena);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no upcall target " + method, e);
        }
    }

    /** A C string as Java text; {@code null} pointers become the empty string. */
    static String string(MemorySegment pointer) {
        return pointer.equals(MemorySegment.NULL) ? "" : pointer.getString(0);
    }

    private static long offset(StructLayout layout, String field) {
        return layout.byteOffset(MemoryLayout.PathElement.groupElement(field));
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
