package org.switchboard.channels.sip;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.channels.api.Call;
import org.switchboard.channels.api.CallState;
import org.switchboard.channels.sip.testing.Await;

/** Follows one call's states for assertions (a state reached before it subscribed is read from the call). */
final class CallRecorder {
    final Call call;
    final List<CallState> states = new CopyOnWriteArrayList<>();

    CallRecorder(Call call) {
        this.call = call;
        call.onStateChange(states::add);
    }

    <S extends CallState> S await(Class<S> type) {
        return await(type, Await.DEADLINE);
    }

    <S extends CallState> S await(Class<S> type, Duration deadline) {
        return Await.until("call " + call.id() + " to become " + type.getSimpleName() + " (states: " + states + ")", deadline,
                () -> states.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> b)
                        .or(() -> Optional.of(call.state()).filter(type::isInstance).map(type::cast)));
    }

    CallState.Connected awaitConnected(boolean heldByUs, boolean heldByThem) {
        return Await.until("call " + call.id() + " connected with heldByUs=" + heldByUs + ", heldByThem=" + heldByThem
                + " (states: " + states + ")", () -> Optional.of(call.state())
                .filter(s -> s instanceof CallState.Connected c && c.heldByUs() == heldByUs && c.heldByThem() == heldByThem)
                .map(CallState.Connected.class::cast));
    }

    CallState.Ended ended() {
        return await(CallState.Ended.class);
    }
}
