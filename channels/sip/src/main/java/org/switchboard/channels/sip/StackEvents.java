package org.switchboard.channels.sip;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.SipListenerExt;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.message.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JAIN-SIP listener: the only code that runs on the stack's threads. It takes a server
 * transaction for each new request (so that retransmissions are absorbed), hands every event to the
 * signalling thread and never lets an exception escape into the stack.
 */
final class StackEvents implements SipListenerExt {
    private static final Logger LOG = LoggerFactory.getLogger(StackEvents.class);
    private final Signalling signalling;
    private final Handler handler;
    private volatile @Nullable SipProvider provider;

    /** What the signalling thread does with the stack's events. */
    interface Handler {
        void request(RequestEvent event, @Nullable ServerTransaction transaction);

        void response(ResponseEvent event);

        void timeout(TimeoutEvent event);

        void transportFailure(IOExceptionEvent event);

        void dialogTimeout(DialogTimeoutEvent event);
    }

    StackEvents(Signalling signalling, Handler handler) {
        this.signalling = signalling;
        this.handler = handler;
    }

    /** The provider that creates server transactions; set once the stack runs. */
    void provider(SipProvider sipProvider) {
        provider = sipProvider;
    }

    @Override
    public void processRequest(RequestEvent event) {
        try {
            Request request = event.getRequest();
            ServerTransaction transaction = event.getServerTransaction();
            SipProvider current = provider;
            if (transaction == null && !Request.ACK.equals(request.getMethod()) && current != null) {
                try {
                    transaction = current.getNewServerTransaction(request);
                } catch (TransactionAlreadyExistsException retransmission) {
                    LOG.debug("Retransmitted {} absorbed", request.getMethod());
                    return;
                } catch (Exception e) {
                    LOG.debug("No server transaction for {}: {}", request.getMethod(), e.toString());
                }
            }
            ServerTransaction taken = transaction;
            signalling.run(request.getMethod() + " request", () -> handler.request(event, taken));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("A SIP request could not be handled", e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        guard("response", () -> signalling.run(event.getResponse().getStatusCode() + " response", () -> handler.response(event)));
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        guard("timeout", () -> signalling.run("transaction timeout", () -> handler.timeout(event)));
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        guard("I/O failure", () -> signalling.run("transport failure", () -> handler.transportFailure(event)));
    }

    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        guard("dialog timeout", () -> signalling.run("dialog timeout", () -> handler.dialogTimeout(event)));
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {}

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {}

    private static void guard(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("A SIP {} could not be handled", what, e);
        }
    }
}
