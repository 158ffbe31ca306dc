package org.switchboard.app.secrets;

/** The secret store is missing or refused; the message says what to do, in plain words. */
public final class SecretStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
