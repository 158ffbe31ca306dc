package org.switchboard.app.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.switchboard.app.channels.ChannelFactory;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.calls.CallQuality;

/**
 * {@code switchboard call ADDRESS [--duration S] [--account KEY] [--json]}: calls a SIP address or a
 * phone number through an enabled SIP account, talks for S seconds (or until the other side hangs
 * up), hangs up and reports how it went with the call's audio figures. Exit 0 when it was answered.
 */
final class CallCommand {
    static final String USAGE = "call ADDRESS [--duration S] [--account KEY] [--json]";
    /** How long a call may ring before we give up (the other side's own timeout usually comes first). */
    private static final Duration RING_DEADLINE = Duration.ofSeconds(60);
    private static final Duration HANG_UP_DEADLINE = Duration.ofSeconds(10);
    private final Session session;
    private final SecretStore secrets;
    private final List<ChannelFactory> factories;

    CallCommand(Session session, SecretStore secrets, List<ChannelFactory> factories) {
        this.session = session;
        this.secrets = secrets;
        this.factories = factories;
    }

    int run(List<String> words) {
        Arguments args = Arguments.parse("call", words, Set.of("--duration", "--account"), Set.of("--json"));
        Endpoint to = address(args.positional(1, USAGE).getFirst());
        Optional<Duration> talk = args.option("--duration").map(CallCommand::duration);
        Account account = ChannelRun.enabledAccount(session, EndpointKind.SIP, args.option("--account").orElse(null), "to call with");
        try (ChannelRun run = ChannelRun.connected(session, secrets, factories, account)) {
            Call call = ChannelRun.await(run.hub().dial(to), ChannelRun.CONNECT_DEADLINE, "starting the call");
            Thread hangUpOnExit = Thread.ofPlatform().unstarted(call::hangUp);
            Runtime.getRuntime().addShutdownHook(hangUpOnExit);
            CallState.Ended end = talkAndHangUp(call, talk);
            removeHook(hangUpOnExit);
            return report(account, call, end, args.flag("--json"));
        }
    }

    private static CallState.Ended talkAndHangUp(Call call, Optional<Duration> talk) {
        CompletableFuture<CallState> answered = new CompletableFuture<>();
        call.onStateChange(state -> {
            if (state instanceof CallState.Connected || state instanceof CallState.Ended) {
                answered.complete(state);
            }
        });
        if (call.state() instanceof CallState.Connected || call.state() instanceof CallState.Ended) {
            answered.complete(call.state());
        }
        CallState first = waitFor(answered, RING_DEADLINE, call, "ringing");
        if (first instanceof CallState.Ended ended) {
            return ended;
        }
        if (talk.isPresent()) {
            try {
                return call.ended().get(talk.get().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                call.hangUp();
            } catch (Exception e) {
                call.hangUp();
                throw new CommandFailure("the call failed: " + e.getMessage(), e);
            }
        }
        return waitFor(call.ended(), talk.isPresent() ? HANG_UP_DEADLINE : Duration.ofDays(1), call, "hanging up");
    }

    private static <T> T waitFor(CompletableFuture<T> future, Duration deadline, Call call, String what) {
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.hangUp();
            throw new CommandFailure(what + " took longer than " + deadline.toSeconds() + " s", ExitStatus.FAILURE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.hangUp();
            throw new CommandFailure("interrupted while " + what, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new CommandFailure("the call failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private int report(Account account, Call call, CallState.Ended end, boolean json) {
        boolean answered = !end.talked().isZero() || end.reason().kind() == org.switchboard.channels.api.EndReason.Kind.REMOTE_HUNG_UP;
        if (json) {
            session.out().println(Json.write(json(account, call, end, answered)));
        } else {
            CallQuality q = call.quality();
            session.out().println(call.remote().address() + ": " + end.reason().words()
                    + (end.reason().code().isEmpty() ? "" : " (" + end.reason().code() + ")")
                    + (answered ? String.format(java.util.Locale.ROOT, "; talked %.1f s, %s, %d sent / %d received, loss %.1f %%,"
                            + " jitter %.1f ms, MOS %.2f", end.talked().toMillis() / 1000.0, q.codec(), q.packetsSent(),
                            q.packetsReceived(), q.lossPercent(), q.jitterMs(), q.mos()) : ""));
        }
        if (!answered) {
            session.err().println("switchboard: " + call.remote().address() + " was not reached: " + end.reason().words());
        }
        return answered ? ExitStatus.OK : ExitStatus.FAILURE;
    }

    static Map<String, Object> json(Account account, Call call, CallState.Ended end, boolean answered) {
        CallQuality q = call.quality();
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("codec", q.codec());
        quality.put("packetsSent", q.packetsSent());
        quality.put("packetsReceived", q.packetsReceived());
        quality.put("lossPercent", q.lossPercent());
        quality.put("jitterMs", q.jitterMs());
        quality.put("roundTripMs", q.roundTripMs());
        quality.put("mos", q.mos());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", call.remote().address());
        json.put("account", account.key());
        json.put("callId", call.id());
        json.put("answered", answered);
        json.put("outcome", end.reason().kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("reason", end.reason().words());
        json.put("code", end.reason().code());
        json.put("talkedSeconds", end.talked().toMillis() / 1000.0);
        json.put("quality", quality);
        return json;
    }

    static Endpoint address(String given) {
        String text = given.strip();
        EndpointKind kind = text.matches("[+0-9 ()./-]+") || text.regionMatches(true, 0, "tel:", 0, 4)
                ? EndpointKind.PHONE : EndpointKind.SIP;
        String bare = kind == EndpointKind.PHONE && text.regionMatches(true, 0, "tel:", 0, 4) ? text.substring(4) : text;
        try {
            return Addresses.parse(kind, bare);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Duration duration(String seconds) {
        try {
            double s = Double.parseDouble(seconds);
            if (s <= 0 || s > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis((long) (s * 1000));
        } catch (NumberFormatException e) {
            throw new UsageException("--duration takes seconds (more than 0, at most 86400), not '" + seconds + "'");
        }
    }


    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook hangs up, which is what we want
        }
    }
}
