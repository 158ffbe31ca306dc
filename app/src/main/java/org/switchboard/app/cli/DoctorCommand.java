package org.switchboard.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.switchboard.app.doctor.Doctor;
import org.switchboard.app.doctor.Finding;

/** {@code switchboard doctor [--json]}: every check in plain words; exit 0 when nothing is in the way. */
final class DoctorCommand {
    static final String USAGE = "doctor [--json]";
    private final Session session;
    private final Doctor doctor;

    DoctorCommand(Session session, Doctor doctor) {
        this.session = session;
        this.doctor = doctor;
    }

    int run(List<String> words) {
        Arguments args = Arguments.parse("doctor", words, Set.of(), Set.of("--json"));
        args.positional(0, USAGE);
        List<Finding> findings = doctor.examine(session.accounts().findAll());
        if (args.flag("--json")) {
            session.out().println(Json.write(findings.stream().map(DoctorCommand::json).toList()));
        } else {
            if (session.accounts().findAll().isEmpty()) {
                session.out().println("no accounts yet: email goes through the system's mail client");
            }
            findings.forEach(f -> session.out().println(mark(f.verdict()) + " " + f.subject() + " " + f.check() + ": " + f.words()));
        }
        return findings.stream().anyMatch(f -> f.verdict() == Finding.Verdict.PROBLEM) ? ExitStatus.FAILURE : ExitStatus.OK;
    }

    private static String mark(Finding.Verdict verdict) {
        return switch (verdict) {
            case OK -> "ok     ";
            case WARNING -> "warning";
            case PROBLEM -> "PROBLEM";
        };
    }

    private static Map<String, Object> json(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", finding.subject());
        json.put("check", finding.check());
        json.put("verdict", finding.verdict().name().toLowerCase(Locale.ROOT));
        json.put("words", finding.words());
        return json;
    }
}
