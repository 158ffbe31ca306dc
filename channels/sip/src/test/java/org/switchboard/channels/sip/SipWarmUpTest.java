package org.switchboard.channels.sip;

import static org.assertj.core.api.Assertions.assertThat;

import gov.nist.javax.sip.DialogTimeoutEvent;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.switchboard.channels.sip.testing.Await;

/**
 * The warm-up runs a whole call's messages through a real stack's factories and parser, sending nothing, and
 * real calls between two private stacks on the loopback address, leaving nothing behind.
 */
class SipWarmUpTest {
    @Test
    void aCallsMessagesGoThroughTheParserToAnAgreement() throws Exception {
        try (Signalling signalling = new Signalling("warm-up test")) {
            SipEndpoint endpoint = EndpointStarter.start(SipAccount.direct("sip:alice@127.0.0.1", InetAddress.getLoopbackAddress(), 0),
                    SipTrust.system(), SrvLocator.system(), signalling, new Ignoring());
            try {
                OfferAnswer.Agreement agreement = SipWarmUp.call(endpoint, 7);

                assertThat(agreement.plan().codec().encoding()).isEqualTo("PCMU");
                assertThat(agreement.plan().remoteRtp().getPort()).isEqualTo(40100);
                assertThat(agreement.plan().telephoneEvent()).isPresent();
            } finally {
                endpoint.close();
            }
        }
    }

    @Test
    void loopbackCallsRunWholeTransactionsAndDialogsAndLeaveNothingBehind() throws Exception {
        int callerPort;
        int calleePort;
        try (LoopbackCalls calls = LoopbackCalls.open()) {
            JainSip caller = calls.caller();
            assertThat(InetAddress.getByName(caller.host()).isLoopbackAddress()).isTrue();
            assertThat(InetAddress.getByName(calls.callee().server().host()).isLoopbackAddress()).isTrue();
            javax.sip.address.Hop proxy = caller.stack.getRouter().getOutboundProxy();
            assertThat(proxy.getHost() + ":" + proxy.getPort()).isEqualTo(calls.callee().server().toString());

            for (int i = 0; i < 5; i++) {
                calls.call();
            }

            Await.untilTrue("the callee saw five ACKs and five BYEs", () -> calls.callee().acks() == 5 && calls.callee().byes() == 5);
            Await.untilTrue("the caller's dialogs ended", () -> caller.stack.getDialogs().stream()
                    .allMatch(d -> d.getState() == javax.sip.DialogState.TERMINATED));
            callerPort = caller.port();
            calleePort = calls.callee().server().port();
        }
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), callerPort));
             DatagramSocket also = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), calleePort))) {
            assertThat(again.getLocalPort()).isEqualTo(callerPort);
            assertThat(also.getLocalPort()).isEqualTo(calleePort);
        }
    }

    @Test
    void theWarmUpCallsStopOnceTheUserHasACall() {
        assertThat(SipWarmUp.loopbackCalls(3, () -> false)).isEqualTo(3);
        assertThat(SipWarmUp.loopbackCalls(3, () -> true)).isZero();
    }

    @Test
    void theWarmUpLeavesTheAccountsStackAlone() throws Exception {
        try (Signalling signalling = new Signalling("warm-up test")) {
            Counting events = new Counting();
            SipEndpoint endpoint = EndpointStarter.start(SipAccount.direct("sip:alice@127.0.0.1", InetAddress.getLoopbackAddress(), 0),
                    SipTrust.system(), SrvLocator.system(), signalling, events);
            try {
                assertThat(SipWarmUp.loopbackCalls(3, () -> false)).isEqualTo(3);

                assertThat(events.count.get()).isZero();
                assertThat(endpoint.sip.stack.getClientTransactionTableSize()).isZero();
                assertThat(endpoint.sip.stack.getServerTransactionTableSize()).isZero();
                assertThat(endpoint.sip.stack.getDialogs()).isEmpty();
            } finally {
                endpoint.close();
            }
        }
    }

    /** Counts whatever the account's stack reports. */
    private static final class Counting implements StackEvents.Handler {
        final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void request(RequestEvent event, @Nullable ServerTransaction transaction) {
            count.incrementAndGet();
        }

        @Override
        public void response(ResponseEvent event) {
            count.incrementAndGet();
        }

        @Override
        public void timeout(TimeoutEvent event) {
            count.incrementAndGet();
        }

        @Override
        public void transportFailure(IOExceptionEvent event) {
            count.incrementAndGet();
        }

        @Override
        public void dialogTimeout(DialogTimeoutEvent event) {
            count.incrementAndGet();
        }
    }

    /** The stack gets nothing to report: the warm-up sends nothing. */
    private static final class Ignoring implements StackEvents.Handler {
        @Override
        public void request(RequestEvent event, @Nullable ServerTransaction transaction) {}

        @Override
        public void response(ResponseEvent event) {}

        @Override
        public void timeout(TimeoutEvent event) {}

        @Override
        public void transportFailure(IOExceptionEvent event) {}

        @Override
        public void dialogTimeout(DialogTimeoutEvent event) {}
    }
}
