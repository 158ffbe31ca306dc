package org.switchboard.app.shell;

import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.app.call.CallWindows;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.person.CallPlacer;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;

/** Calls through the hub's connected SIP account (SIP addresses and phone numbers) and opens the call's window. */
final class HubCallPlacer implements CallPlacer {
    private static final Logger LOG = LoggerFactory.getLogger(HubCallPlacer.class);
    private final ChannelHub hub;
    private final CallWindows windows;
    private final Consumer<String> problems;

    /** @param problems where a call that could not start is told, in plain words (on the FX thread) */
    HubCallPlacer(ChannelHub hub, CallWindows windows, Consumer<String> problems) {
        this.hub = hub;
        this.windows = windows;
        this.problems = problems;
    }

    @Override
    public boolean canCall(Endpoint endpoint) {
        return (endpoint.kind() == EndpointKind.SIP || endpoint.kind() == EndpointKind.PHONE)
                && hub.reachContext().usableKinds().contains(EndpointKind.SIP);
    }

    @Override
    public void call(Person person, Endpoint endpoint) {
        hub.dial(endpoint).whenComplete((call, failure) -> {
            if (failure == null) {
                windows.show(call);
            } else {
                LOG.warn("Could not call {}: {}", endpoint.address(), failure.getMessage());
                Platform.runLater(() -> problems.accept("Could not call " + person.displayName() + ": " + failure.getMessage()));
            }
        });
    }
}
