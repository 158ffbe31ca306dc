package org.switchboard.app.channels;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.ChannelException;
import org.switchboard.channels.api.Telephony;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.history.CallRecord;

/**
 * The hub's calls, on the hub's thread: places a call through the first connected account that has
 * {@link Telephony}, announces incoming calls, and has every call stored ({@link CallRecorder}) and
 * announced once it has ended.
 */
final class CallDesk {
    private final Listeners<Call> incoming;
    private final Listeners<CallRecord> finished;
    private final Supplier<CallRecorder> recorder;

    /** @param recorder made on first use, once the profile is open */
    CallDesk(Executor listenerExecutor, java.util.function.Function<Listeners<CallRecord>, CallRecorder> recorder) {
        this.incoming = new Listeners<>("incoming call", listenerExecutor);
        this.finished = new Listeners<>("finished call", listenerExecutor);
        CallRecorder[] made = new CallRecorder[1];
        this.recorder = () -> {
            if (made[0] == null) {
                made[0] = recorder.apply(finished);
            }
            return made[0];
        };
    }

    /**
     * @throws ChannelException.Unsupported when {@code to} is neither a SIP address nor a phone number
     * @throws ChannelException.NotConnected when no connected account can place the call
     */
    Call place(Collection<AccountSupervisor> accounts, Endpoint to) throws ChannelException {
        if (to.kind() != EndpointKind.SIP && to.kind() != EndpointKind.PHONE) {
            throw new ChannelException.Unsupported(to.address() + " is not a SIP address or phone number", null);
        }
        for (AccountSupervisor supervisor : accounts) {
            Optional<Telephony> telephony = supervisor.connectedChannel().flatMap(c -> c.capability(Telephony.class));
            if (telephony.isPresent()) {
                Call call = telephony.get().dial(to);
                recorder.get().follow(supervisor.account().address(), call);
                return call;
            }
        }
        throw new ChannelException.NotConnected("No SIP account is connected to call " + to.address()
                + "; add one with Accounts… or switchboard account add --kind sip", null);
    }

    /** Follows the incoming calls of {@code supervisor}'s channel; close the handle when the channel goes. */
    AutoCloseable wire(AccountSupervisor supervisor, Telephony telephony) {
        return telephony.onIncomingCall(call -> {
            recorder.get().follow(supervisor.account().address(), call);
            incoming.publish(call);
        });
    }

    AutoCloseable onIncoming(Consumer<Call> listener) {
        return incoming.add(listener);
    }

    AutoCloseable onFinished(Consumer<CallRecord> listener) {
        return finished.add(listener);
    }
}
