package org.switchboard.channels.api;

import org.jspecify.annotations.Nullable;

/**
 * The only exceptions that cross the channel API. The message is plain text for the user; the
 * cause keeps the library's exception for the log (none when the channel itself refused).
 */
public sealed class ChannelException extends Exception
        permits ChannelException.NotConnected, ChannelException.AuthenticationFailed, ChannelException.Timeout,
                ChannelException.Unsupported, ChannelException.RemoteError, ChannelException.CertificateRejected {
    private static final long serialVersionUID = 1L;

    protected ChannelException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public static final class NotConnected extends ChannelException {
        private static final long serialVersionUID = 1L;

        public NotConnected(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    public static final class AuthenticationFailed extends ChannelException {
        private static final long serialVersionUID = 1L;

        public AuthenticationFailed(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    public static final class Timeout extends ChannelException {
        private static final long serialVersionUID = 1L;

        public Timeout(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    public static final class Unsupported extends ChannelException {
        private static final long serialVersionUID = 1L;

        public Unsupported(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** The server or peer answered with an error; {@code code} is its protocol code (SIP 486, XMPP condition). */
    public static final class RemoteError extends ChannelException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public RemoteError(String code, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A certificate was not trusted; {@code sha256Fingerprint} is shown to the user to accept or refuse. */
    public static final class CertificateRejected extends ChannelException {
        private static final long serialVersionUID = 1L;
        private final String sha256Fingerprint;

        public CertificateRejected(String sha256Fingerprint, String message, @Nullable Throwable cause) {
            super(message, cause);
            this.sha256Fingerprint = sha256Fingerprint;
        }

        public String sha256Fingerprint() {
            return sha256Fingerprint;
        }
    }
}
