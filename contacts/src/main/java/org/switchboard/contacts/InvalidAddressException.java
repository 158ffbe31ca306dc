package org.switchboard.contacts;

/** A typed address that cannot be used, with a message that names the input and what is wrong. */
public final class InvalidAddressException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final EndpointKind kind;
    private final String input;
    private final String problem;

    public InvalidAddressException(EndpointKind kind, String input, String problem) {
        super("\"" + input + "\" is not a valid " + kind.label() + " address: " + problem);
        this.kind = kind;
        this.input = input;
        this.problem = problem;
    }

    public EndpointKind kind() {
        return kind;
    }

    public String input() {
        return input;
    }

    /** What is wrong, without the input ("missing the @ and domain"). */
    public String problem() {
        return problem;
    }
}
