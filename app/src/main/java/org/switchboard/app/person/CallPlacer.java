package org.switchboard.app.person;

import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;

/** Calls inside Switchboard: when an account can call the address, Call places the call and opens its window. */
public interface CallPlacer {
    /** True when one of the user's accounts can call {@code endpoint} now. */
    boolean canCall(Endpoint endpoint);

    /** Calls {@code person} at {@code endpoint} and shows the call. */
    void call(Person person, Endpoint endpoint);

    /** No accounts: SIP and phone addresses are handed to the system like any URI. */
    CallPlacer NONE = new CallPlacer() {
        @Override
        public boolean canCall(Endpoint endpoint) {
            return false;
        }

        @Override
        public void call(Person person, Endpoint endpoint) {
            throw new IllegalStateException("No account can call " + endpoint.address());
        }
    };
}
