package org.switchboard.media;

import org.jspecify.annotations.Nullable;

/** The audio engine could not do what was asked; the message is plain text for the user. */
public final class MediaException extends Exception {
    private static final long serialVersionUID = 1L;

    public MediaException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
