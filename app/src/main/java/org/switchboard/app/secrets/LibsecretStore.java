package org.switchboard.app.secrets;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The Secret Service (GNOME Keyring, KWallet, KeePassXC) through the desktop's own client library,
 * libsecret, called with the foreign-function API. Its synchronous calls take a few milliseconds
 * where opening a session with java-keyring's pure-Java D-Bus stack took half a second of a
 * two-core machine at start-up (docs/adr/0012-secret-service-through-libsecret.md).
 *
 * <p>Items carry the attributes {@code service=switchboard} and {@code account=<key>}, as
 * java-keyring's items do, and the schema does not insist on its own name, so either library finds
 * the other's items. Passwords cross as UTF-8 bytes that are wiped after each call; the returned
 * password is freed with {@code secret_password_free}, which clears it first. Calls are serialised.
 */
final class LibsecretStore implements SecretStore {
    private static final String SCHEMA_NAME = "org.switchboard.Password";
    /** {@code SECRET_SCHEMA_DONT_MATCH_NAME}: also find items without our {@code xdg:schema} attribute. */
    private static final int DONT_MATCH_NAME = 1 << 1;
    /** {@code SECRET_SERVICE_OPEN_SESSION}. */
    private static final int OPEN_SESSION = 1 << 1;
    /** {@code sizeof(SecretSchema)} on LP64: name, flags, 32 attributes of (name, type), reserved fields. */
    private static final long SCHEMA_SIZE = 8 + 8 + 32 * 16 + 8 + 7 * 8;
    private static final long ATTRIBUTES_OFFSET = 16;
    /** Offset of {@code message} in {@code GError { GQuark domain; gint code; gchar *message; }}. */
    private static final long ERROR_MESSAGE_OFFSET = 8;

    private final ReentrantLock lock = new ReentrantLock();
    private final Natives natives;
    private final MemorySegment schema;

    private LibsecretStore(Natives natives) {
        this.natives = natives;
        this.schema = schema(Arena.global());
    }

    /** libsecret of this system, or empty when it has none (not Linux, or the library is not installed). */
    static Optional<SecretStore> load() {
        return Natives.load().map(LibsecretStore::new);
    }

    @Override
    public void store(String accountKey, char[] secret) {
        call(accountKey, "keep the password of", (arena, error) -> {
            MemorySegment password = utf8(arena, secret);
            try {
                int stored = (int) natives.storeSync.invokeExact(schema, attributes(arena, accountKey), arena.allocateFrom("default"),
                        arena.allocateFrom(OsSecretStore.SERVICE + accountKey), password, MemorySegment.NULL, error);
                return stored != 0;
            } finally {
                password.fill((byte) 0);
            }
        });
    }

    @Override
    public Optional<char[]> lookup(String accountKey) {
        return call(accountKey, "look up the password of", (arena, error) -> {
            MemorySegment found = (MemorySegment) natives.lookupSync.invokeExact(schema, attributes(arena, accountKey),
                    MemorySegment.NULL, error);
            if (found.equals(MemorySegment.NULL)) {
                return Optional.<char[]>empty();
            }
            try {
                return Optional.of(chars(found.reinterpret(Integer.MAX_VALUE)));
            } finally {
                natives.passwordFree.invokeExact(found);
            }
        });
    }

    @Override
    public void delete(String accountKey) {
        call(accountKey, "forget the password of", (arena, error) -> {
            int cleared = (int) natives.clearSync.invokeExact(schema, attributes(arena, accountKey), MemorySegment.NULL, error);
            return cleared != 0;
        });
    }

    /** Connects to the session bus and opens an encrypted session with the service. */
    @Override
    public void warmUp() {
        lock.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(ValueLayout.ADDRESS);
            MemorySegment service = (MemorySegment) natives.serviceGetSync.invokeExact(OPEN_SESSION, MemorySegment.NULL, error);
            freeError(error);
            if (!service.equals(MemorySegment.NULL)) {
                natives.objectUnref.invokeExact(service);
            }
        } catch (Throwable e) {
            // the look-up that follows reports what is wrong
        } finally {
            lock.unlock();
        }
    }

    private interface Call<T> {
        T on(Arena arena, MemorySegment error) throws Throwable;
    }

    private <T> T call(String accountKey, String doing, Call<T> call) {
        lock.lock();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment error = arena.allocate(ValueLayout.ADDRESS);
            T result = call.on(arena, error);
            String message = freeError(error);
            if (message != null) {
                throw new SecretStoreException("The secret store could not " + doing + " " + accountKey + ": " + message
                        + ". On Linux a Secret Service such as GNOME Keyring (package gnome-keyring) must run and be "
                        + "unlocked in your session; Switchboard never writes passwords to files.");
            }
            return result;
        } catch (SecretStoreException e) {
            throw e;
        } catch (Throwable e) {
            throw new SecretStoreException("The secret store could not " + doing + " " + accountKey + " (" + e + ")", e);
        } finally {
            lock.unlock();
        }
    }

    /** The message of the {@code GError} the call left, freeing it; null when there is none. */
    private @Nullable String freeError(MemorySegment errorSlot) throws Throwable {
        MemorySegment error = errorSlot.get(ValueLayout.ADDRESS, 0);
        if (error.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment message = error.reinterpret(ERROR_MESSAGE_OFFSET + 8).get(ValueLayout.ADDRESS, ERROR_MESSAGE_OFFSET);
        String text = message.equals(MemorySegment.NULL) ? "unknown error" : message.reinterpret(Integer.MAX_VALUE).getString(0);
        natives.errorFree.invokeExact(error);
        return text;
    }

    /** A {@code GHashTable} of the item's attributes, its strings in {@code arena}; unreferenced when the arena closes. */
    private MemorySegment attributes(Arena arena, String accountKey) throws Throwable {
        MemorySegment table = (MemorySegment) natives.hashTableNew.invokeExact(natives.strHash, natives.strEqual);
        MemorySegment attributes = table.reinterpret(arena, t -> unref(t));
        insert(table, arena.allocateFrom("service"), arena.allocateFrom(OsSecretStore.SERVICE));
        insert(table, arena.allocateFrom("account"), arena.allocateFrom(accountKey));
        return attributes;
    }

    private void insert(MemorySegment table, MemorySegment key, MemorySegment value) throws Throwable {
        int added = (int) natives.hashTableInsert.invokeExact(table, key, value);
        assert added != 0 : "each attribute is inserted once";
    }

    private void unref(MemorySegment table) {
        try {
            natives.hashTableUnref.invokeExact(table);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static MemorySegment schema(Arena arena) {
        MemorySegment schema = arena.allocate(SCHEMA_SIZE, 8);
        schema.set(ValueLayout.ADDRESS, 0, arena.allocateFrom(SCHEMA_NAME));
        schema.set(ValueLayout.JAVA_INT, 8, DONT_MATCH_NAME);
        String[] names = {"service", "account"};
        for (int i = 0; i < names.length; i++) {
            schema.set(ValueLayout.ADDRESS, ATTRIBUTES_OFFSET + i * 16L, arena.allocateFrom(names[i]));
            schema.set(ValueLayout.JAVA_INT, ATTRIBUTES_OFFSET + i * 16L + 8, 0); // SECRET_SCHEMA_ATTRIBUTE_STRING
        }
        return schema;
    }

    /** The password as NUL-terminated UTF-8 in {@code arena}; the caller wipes it. */
    private static MemorySegment utf8(Arena arena, char[] secret) throws CharacterCodingException {
        ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(secret));
        MemorySegment segment = arena.allocate(bytes.remaining() + 1L);
        MemorySegment.copy(MemorySegment.ofBuffer(bytes), 0, segment, 0, bytes.remaining());
        wipe(bytes);
        return segment;
    }

    /** The NUL-terminated UTF-8 password at {@code text}, decoded without passing through a {@code String}. */
    private static char[] chars(MemorySegment text) throws CharacterCodingException {
        long length = 0;
        while (text.get(ValueLayout.JAVA_BYTE, length) != 0) {
            length++;
        }
        byte[] bytes = text.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] chars = Arrays.copyOf(decoded.array(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
            return chars;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }

    /** The libsecret and GLib functions this store calls. */
    private record Natives(MethodHandle lookupSync, MethodHandle storeSync, MethodHandle clearSync, MethodHandle passwordFree,
            MethodHandle serviceGetSync, MethodHandle objectUnref, MethodHandle errorFree, MethodHandle hashTableNew,
            MethodHandle hashTableInsert, MethodHandle hashTableUnref, MemorySegment strHash, MemorySegment strEqual) {

        static Optional<Natives> load() {
            if (!System.getProperty("os.name", "").startsWith("Linux")) {
                return Optional.empty();
            }
            SymbolLookup library;
            try {
                library = SymbolLookup.libraryLookup("libsecret-1.so.0", Arena.global());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            Linker linker = Linker.nativeLinker();
            var address = ValueLayout.ADDRESS;
            var integer = ValueLayout.JAVA_INT;
            try {
                return Optional.of(new Natives(
                        function(linker, library, "secret_password_lookupv_sync", FunctionDescriptor.of(address, address, address, address, address)),
                        function(linker, library, "secret_password_storev_sync",
                                FunctionDescriptor.of(integer, address, address, address, address, address, address, address)),
                        function(linker, library, "secret_password_clearv_sync", FunctionDescriptor.of(integer, address, address, address, address)),
                        function(linker, library, "secret_password_free", FunctionDescriptor.ofVoid(address)),
                        function(linker, library, "secret_service_get_sync", FunctionDescriptor.of(address, integer, address, address)),
                        function(linker, library, "g_object_unref", FunctionDescriptor.ofVoid(address)),
                        function(linker, library, "g_error_free", FunctionDescriptor.ofVoid(address)),
                        function(linker, library, "g_hash_table_new", FunctionDescriptor.of(address, address, address)),
                        function(linker, library, "g_hash_table_insert", FunctionDescriptor.of(integer, address, address, address)),
                        function(linker, library, "g_hash_table_unref", FunctionDescriptor.ofVoid(address)),
                        symbol(library, "g_str_hash"), symbol(library, "g_str_equal")));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static MethodHandle function(Linker linker, SymbolLookup library, String name, FunctionDescriptor descriptor) {
            return linker.downcallHandle(symbol(library, name), descriptor);
        }

        private static MemorySegment symbol(SymbolLookup library, String name) {
            return library.find(name).orElseThrow(() -> new IllegalArgumentException("libsecret lacks " + name));
        }
    }
}
