package org.switchboard.contacts.vcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Lines of a vCard file, counting how much was read. */
interface LineSource {
    /** The next line without its line break, or {@code null} at the end. */
    @Nullable String nextLine() throws IOException;

    /** Bytes (or characters) consumed so far. */
    long position();

    static LineSource of(Reader reader) {
        return new CharLines(reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16));
    }

    /**
     * Lines of a byte stream; each line is read as UTF-8 and, when it is not valid UTF-8, as
     * windows-1252 (what Outlook writes without a CHARSET).
     */
    static LineSource of(InputStream in) {
        return new ByteLines(in);
    }

    /** Lines from a reader, counting characters. */
    final class CharLines implements LineSource {
        private final BufferedReader reader;
        private long position;

        CharLines(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public @Nullable String nextLine() throws IOException {
            String line = reader.readLine();
            if (line != null) {
                position += line.length() + 1;
            }
            return line;
        }

        @Override
        public long position() {
            return position;
        }
    }

    /** Lines from bytes, decoded line by line. */
    final class ByteLines implements LineSource {
        private static final Charset FALLBACK = Charset.forName("windows-1252");
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int start;
        private int end;
        private long position;
        private byte[] line = new byte[256];
        private boolean firstLine = true;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

        ByteLines(InputStream in) {
            this.in = in;
        }

        @Override
        public @Nullable String nextLine() throws IOException {
            int length = 0;
            while (true) {
                if (start == end && !fill()) {
                    return length == 0 ? null : finish(length);
                }
                byte b = buffer[start++];
                position++;
                if (b == '\n') {
                    return finish(length);
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            start = 0;
            end = Math.max(n, 0);
            return n > 0;
        }

        private String finish(int length) {
            int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            int offset = 0;
            if (firstLine && n >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
                offset = 3;
            }
            firstLine = false;
            return decode(offset, n - offset);
        }

        private String decode(int offset, int length) {
            boolean ascii = true;
            for (int i = offset; i < offset + length && ascii; i++) {
                ascii = line[i] >= 0;
            }
            if (ascii) {
                return new String(line, offset, length, StandardCharsets.ISO_8859_1);
            }
            try {
                CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, offset, length));
                return chars.toString();
            } catch (CharacterCodingException e) {
                return new String(line, offset, length, FALLBACK);
            }
        }

        @Override
        public long position() {
            return position;
        }
    }
}
