package org.switchboard.contacts;

import java.util.Arrays;

/**
 * A person's picture: its bytes and media type ("image/jpeg"), or a URL it can be found at
 * (never fetched automatically).
 */
public record Photo(byte[] data, String mediaType, String url) {
    public Photo {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo p && Arrays.equals(data, p.data) && mediaType.equals(p.mediaType) && url.equals(p.url);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + mediaType.hashCode() * 7 + url.hashCode();
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + data.length + " bytes" + (url.isEmpty() ? "" : ", " + url) + "]";
    }
}
