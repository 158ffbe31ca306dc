package org.switchboard.contacts.vcard;

/** Told how far an import has come, at most about every 1,000 cards and once at the end. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (bytesRead, totalBytes, cardsDone) -> { };

    /**
     * @param bytesRead how much of the input was read (characters when reading from a {@code Reader})
     * @param totalBytes the input's size, or -1 when unknown
     * @param cardsDone cards read so far, including skipped ones
     */
    void update(long bytesRead, long totalBytes, int cardsDone);
}
