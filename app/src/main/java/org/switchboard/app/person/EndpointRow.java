package org.switchboard.app.person;

import org.switchboard.app.services.EndpointKindTexts;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.switchboard.app.services.PresenceStyle;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.EndpointStatus;
import org.switchboard.contacts.PhoneNumbers;

/**
 * One channel line of the card, ready to show.
 *
 * @param kind what kind of address ("Email", "XMPP", "SIP", "Phone")
 * @param channelText what it is for ("chat", "voice call", "email", "phone call")
 * @param address the address
 * @param label the user's label ("work"), empty when none
 * @param presenceText the presence in words ("available", "unknown")
 * @param presenceStyle the presence-dot style class
 * @param capabilitiesText what the other side can do, or "capabilities unknown"
 */
public record EndpointRow(
        EndpointKind kind, String channelText, String address, String label, String presenceText, String presenceStyle,
        String capabilitiesText) {

    /**
     * With why presence is not known, when the contact list says so ("unknown — waiting for them to
     * share their presence"); the note is left out once presence is known.
     */
    public static EndpointRow of(EndpointStatus status, java.util.Optional<String> sharingNote) {
        var endpoint = status.endpoint();
        String address = endpoint.kind() == EndpointKind.PHONE ? PhoneNumbers.formatInternational(endpoint.address()) : endpoint.address();
        String presence = status.presence().label() + (status.statusText().isBlank() ? "" : " — " + status.statusText());
        if (status.presence() == org.switchboard.contacts.Presence.UNKNOWN && sharingNote.isPresent()) {
            presence = presence + " — " + sharingNote.get();
        }
        return new EndpointRow(endpoint.kind(), EndpointKindTexts.heading(endpoint.kind()), address, endpoint.label(),
                presence, PresenceStyle.styleClass(status.presence()), capabilities(status));
    }


    private static String capabilities(EndpointStatus status) {
        if (!status.capabilitiesKnown()) {
            return "capabilities unknown";
        }
        if (status.capabilities().isEmpty()) {
            return "no capabilities reported";
        }
        return status.capabilities().stream().sorted(Comparator.naturalOrder())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", ", "can: ", ""));
    }

}
