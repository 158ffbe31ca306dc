package org.switchboard.contacts.reach;

import org.switchboard.contacts.ChannelKind;
import org.switchboard.contacts.Endpoint;

/** A conversation with the person that is open right now (a chat window, a call). */
public record OpenConversation(ChannelKind channel, Endpoint endpoint) {}
