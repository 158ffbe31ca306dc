package org.switchboard.contacts.reach;

import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;

/**
 * One way to reach a person: the action, the address it goes to, and why it ranks where it does
 * in plain words a user reads on the card.
 */
public record ReachOption(ChannelKind channel, Endpoint endpoint, String reason) {}
