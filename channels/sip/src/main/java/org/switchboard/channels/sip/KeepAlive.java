package org.switchboard.channels.sip;

import gov.nist.javax.sip.ListeningPointExt;
import java.io.IOException;
import java.net.InetAddress;
import java.text.ParseException;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the path to the registrar open and notices when it breaks: on TCP and TLS a CRLF ping
 * (RFC 5626 §4.4.1) over the connection, which fails once the connection is gone and cannot be
 * made again; on UDP an OPTIONS request, which must be answered (with anything) in time.
 */
final class KeepAlive {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAlive.class);
    private final SipEndpoint endpoint;
    private final Transactions transactions;
    private final Signalling signalling;
    private final Consumer<String> lost;
    private final Duration interval;
    private Signalling.Timer next = Signalling.Timer.NONE;
    private Signalling.Timer deadline = Signalling.Timer.NONE;
    private boolean running;
    private long probe;

    KeepAlive(SipEndpoint endpoint, Transactions transactions, Signalling signalling, Consumer<String> lost) {
        this.endpoint = endpoint;
        this.transactions = transactions;
        this.signalling = signalling;
        this.lost = lost;
        this.interval = endpoint.account.keepAliveInterval();
    }

    void start() {
        if (!running) {
            running = true;
            schedule();
        }
    }

    void stop() {
        running = false;
        next.cancel();
        deadline.cancel();
    }

    private void schedule() {
        next = signalling.schedule(interval, "keep-alive", this::probe);
    }

    private void probe() {
        if (!running) {
            return;
        }
        if (endpoint.account.transport().connectionOriented()) {
            ping();
        } else {
            options();
        }
    }

    /** The CRLF goes out on a virtual thread: reconnecting to a silent host may block for seconds. */
    private void ping() {
        SipAccount.Server proxy = endpoint.account.outboundProxy();
        Thread.ofVirtual().name("sip-keep-alive").start(() -> {
            try {
                String address = InetAddress.getByName(proxy.host()).getHostAddress();
                ((ListeningPointExt) endpoint.sip.listeningPoint).sendHeartbeat(address, proxy.port());
                signalling.run("keep-alive sent", () -> {
                    if (running) {
                        schedule();
                    }
                });
            } catch (IOException | RuntimeException e) {
                signalling.run("keep-alive failed", () -> fail("the connection to " + proxy + " is lost ("
                        + Transactions.describe(e) + ")"));
            }
        });
    }

    private void options() {
        long mine = ++probe;
        Duration patience = interval.compareTo(Duration.ofSeconds(2)) < 0 ? Duration.ofSeconds(2)
                : interval.compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10) : interval;
        try {
            SipURI registrar = endpoint.sip.addresses.createSipURI(null, endpoint.account.domain());
            Request options = endpoint.request(Request.OPTIONS, registrar, endpoint.self(), endpoint.newCallId(), 1, SipEndpoint.tag());
            deadline = signalling.schedule(patience, "keep-alive deadline", () -> {
                if (running && probe == mine) {
                    fail(endpoint.account.outboundProxy() + " did not answer the keep-alive within " + patience.toSeconds() + " s");
                }
            });
            transactions.send(options).outcome().thenAccept(outcome -> answered(mine, outcome));
        } catch (ParseException | InvalidArgumentException e) {
            LOG.warn("Cannot build the keep-alive OPTIONS: {}", e.toString());
        }
    }

    private void answered(long mine, Outcome outcome) {
        if (!running || probe != mine) {
            return;
        }
        deadline.cancel();
        switch (outcome) {
            case Outcome.Answered a -> schedule();
            case Outcome.TimedOut t -> fail(endpoint.account.outboundProxy() + " did not answer the keep-alive");
            case Outcome.Unreachable u -> fail("the keep-alive could not be sent: " + u.reason());
        }
    }

    private void fail(String reason) {
        if (running) {
            stop();
            lost.accept(reason);
        }
    }
}
