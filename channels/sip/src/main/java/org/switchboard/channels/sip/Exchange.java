package org.switchboard.channels.sip;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.jspecify.annotations.Nullable;

/**
 * One request we sent and its answers: provisional responses go to a listener, the final one
 * completes {@link #outcome()} (on the signalling thread). A digest challenge is answered by
 * sending the request again in a new transaction, which becomes {@link #transaction()}.
 */
final class Exchange {
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private final Consumer<Response> provisional;
    private final @Nullable Dialog dialog;
    private volatile Request request;
    private volatile @Nullable ClientTransaction transaction;
    private int authentications;

    Exchange(Request request, @Nullable ClientTransaction transaction, @Nullable Dialog dialog, Consumer<Response> provisional) {
        this.request = request;
        this.transaction = transaction;
        this.dialog = dialog;
        this.provisional = provisional;
    }

    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    /** The transaction now carrying the request (CANCEL it while an INVITE rings); none when it could not be sent. */
    @Nullable ClientTransaction transaction() {
        return transaction;
    }

    /** The request as last sent. */
    Request request() {
        return request;
    }

    @Nullable Dialog dialog() {
        return dialog;
    }

    int authentications() {
        return authentications;
    }

    void retriedWith(ClientTransaction next) {
        authentications++;
        transaction = next;
        request = next.getRequest();
        next.setApplicationData(this);
    }

    void provisional(Response response) {
        provisional.accept(response);
    }

    void finish(Outcome result) {
        outcome.complete(result);
    }

    boolean finished() {
        return outcome.isDone();
    }
}
