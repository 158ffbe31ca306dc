package org.switchboard.app.doctor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.channels.ConnectionCheck;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.media.MediaEngine;

/** Runs every check, account by account, then the audio devices; blocking, for the command line. */
public final class Doctor {
    private static final Duration LOGIN_DEADLINE = Duration.ofSeconds(15);
    private final SecretStore secrets;
    private final List<ChannelFactory> factories;
    private final Supplier<Optional<MediaEngine>> media;
    private final ServerReach reach = new ServerReach(Duration.ofSeconds(3));

    /** @param media the audio engine to check, or empty where there is none (no SIP support built in) */
    public Doctor(SecretStore secrets, List<ChannelFactory> factories, Supplier<Optional<MediaEngine>> media) {
        this.secrets = secrets;
        this.factories = List.copyOf(factories);
        this.media = media;
    }

    public List<Finding> examine(List<Account> accounts) {
        List<Finding> findings = new ArrayList<>();
        for (Account account : accounts) {
            findings.addAll(examine(account));
        }
        media.get().ifPresentOrElse(engine -> findings.addAll(new AudioCheck(Duration.ofSeconds(10)).check(engine)),
                () -> findings.add(Finding.warning("audio", "engine", "no audio engine in this build: calls are not possible")));
        return findings;
    }

    private List<Finding> examine(Account account) {
        String key = account.key();
        if (!account.enabled()) {
            return List.of(Finding.warning(key, "enabled", "switched off; switch it on in Accounts… to use it"));
        }
        List<Finding> findings = new ArrayList<>();
        Finding server = reach.check(account);
        findings.add(server);
        if (secrets.lookup(key).isEmpty()) {
            findings.add(Finding.problem(key, "password", "no password in the OS secret store; add the account again"));
            return findings;
        }
        findings.add(Finding.ok(key, "password", "stored in the OS secret store"));
        if (server.verdict() == Finding.Verdict.PROBLEM) {
            return findings;
        }
        Optional<ChannelFactory> factory = factories.stream().filter(f -> f.kind() == account.kind()).findFirst();
        if (factory.isEmpty()) {
            findings.add(Finding.warning(key, "login", "this build cannot connect " + account.kind().label() + " accounts"));
            return findings;
        }
        findings.addAll(login(account, factory.get()));
        return findings;
    }

    private List<Finding> login(Account account, ChannelFactory factory) {
        String key = account.key();
        String what = account.kind() == EndpointKind.SIP ? "registration" : "login";
        Optional<ChannelException> problem = ConnectionCheck.check(factory, account, secrets, LOGIN_DEADLINE);
        if (problem.isEmpty()) {
            List<Finding> ok = new ArrayList<>();
            if (usesTls(account)) {
                ok.add(Finding.ok(key, "tls", account.trustedFingerprints().isEmpty() ? "the server's certificate is valid"
                        : "the server's certificate is one you accepted (" + account.trustedFingerprints().getFirst() + ")"));
            }
            ok.add(Finding.ok(key, what, account.kind() == EndpointKind.SIP ? "registered" : "logged in"));
            return ok;
        }
        return List.of(switch (problem.get()) {
            case ChannelException.CertificateRejected rejected -> Finding.problem(key, "tls", "the server's certificate is not "
                    + "trusted: " + rejected.sha256Fingerprint() + "; if you recognise it, accept it in Accounts… or add the "
                    + "account again with --trust " + rejected.sha256Fingerprint());
            case ChannelException.AuthenticationFailed failed -> Finding.problem(key, what, "the server refused the "
                    + "user name or password: " + failed.getMessage());
            case ChannelException other -> Finding.problem(key, what, other.getMessage());
        });
    }

    private static boolean usesTls(Account account) {
        return account.kind() != EndpointKind.SIP || account.transport().equals("tls");
    }
}
