package org.switchboard.channels.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The calls of one channel by Call-ID; touched on the signalling thread only. */
final class CallRegistry {
    private final Map<String, CallLeg> legs = new LinkedHashMap<>();
    /** How many calls it holds, for other threads. */
    private volatile int size;

    void put(CallLeg leg) {
        legs.put(leg.call().id(), leg);
        size = legs.size();
    }

    void remove(CallLeg leg) {
        legs.remove(leg.call().id(), leg);
        size = legs.size();
    }

    /** True while it holds a call, ended or not; readable from any thread (the warm-up's). */
    boolean anyCall() {
        return size > 0;
    }

    Optional<CallLeg> find(String callId) {
        return Optional.ofNullable(legs.get(callId));
    }

    /** True while any call has not ended: a new one would find us busy. */
    boolean busy() {
        return legs.values().stream().anyMatch(leg -> !leg.call().isEnded());
    }

    List<CallLeg> all() {
        return new ArrayList<>(legs.values());
    }
}
