package org.switchboard.app.doctor;

import java.util.Objects;

/**
 * One result of the doctor's checks.
 *
 * @param subject what was checked: an account's key, or {@code audio}
 * @param check the check's short name ({@code server}, {@code password}, {@code tls}, {@code login}, {@code microphone} …)
 * @param verdict how it went
 * @param words a sentence a person understands, with what to do when it failed
 */
public record Finding(String subject, String check, Verdict verdict, String words) {
    public Finding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(words, "words");
    }

    /** Fine; worth a look; in the way. */
    public enum Verdict {
        OK,
        WARNING,
        PROBLEM
    }

    static Finding ok(String subject, String check, String words) {
        return new Finding(subject, check, Verdict.OK, words);
    }

    static Finding warning(String subject, String check, String words) {
        return new Finding(subject, check, Verdict.WARNING, words);
    }

    static Finding problem(String subject, String check, String words) {
        return new Finding(subject, check, Verdict.PROBLEM, words);
    }
}
