package org.switchboard.channels.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** Which presence speaks for a contact with several clients, and that only available ones are kept. */
class ContactPresencesTest {
    private final ContactPresences presences = new ContactPresences();

    @Test
    void theHighestPriorityThenTheMostAvailableShowSpeaksForTheAccount() throws Exception {
        presences.apply(available("bob@example.test/phone", 0, Presence.Mode.away));
        presences.apply(available("bob@example.test/laptop", 0, Presence.Mode.chat));
        assertThat(presences.best(JidCreate.bareFrom("bob@example.test")).getFrom().toString()).isEqualTo("bob@example.test/laptop");

        Presence best = presences.apply(available("bob@example.test/desk", 5, Presence.Mode.dnd));
        assertThat(best.getFrom().toString()).isEqualTo("bob@example.test/desk");
    }

    @Test
    void aClientLeavingHandsOverToTheNextAndTheLastLeavesItsOwnUnavailablePresence() throws Exception {
        presences.apply(available("bob@example.test/phone", 0, Presence.Mode.away));
        presences.apply(available("bob@example.test/laptop", 1, Presence.Mode.available));

        assertThat(presences.apply(unavailable("bob@example.test/laptop", "")).getFrom().toString()).isEqualTo("bob@example.test/phone");
        Presence last = presences.apply(unavailable("bob@example.test/phone", "gone home"));
        assertThat(last.isAvailable()).isFalse();
        assertThat(last.getStatus()).isEqualTo("gone home");
        assertThat(presences.best(JidCreate.bareFrom("bob@example.test"))).isNull();
    }

    @Test
    void unavailablePresencesAreNotKeptAndAnErrorEndsEveryClient() throws Exception {
        presences.apply(unavailable("carol@example.test", ""));
        presences.apply(available("bob@example.test/phone", 0, Presence.Mode.available));
        presences.apply(available("bob@example.test/laptop", 0, Presence.Mode.available));

        Presence error = StanzaBuilder.buildPresence().from(JidCreate.from("bob@example.test")).ofType(Presence.Type.error).build();
        assertThat(presences.apply(error).isAvailable()).isFalse();
        assertThat(presences.clear()).isEmpty();
    }

    @Test
    void clearingNamesTheAccountsThatWereOnline() throws Exception {
        presences.apply(available("bob@example.test/phone", 0, Presence.Mode.available));
        presences.apply(available("dave@example.test/pc", 0, Presence.Mode.xa));

        assertThat(presences.clear()).extracting(Object::toString).containsExactlyInAnyOrder("bob@example.test", "dave@example.test");
        assertThat(presences.clear()).isEmpty();
    }

    private static Presence available(String from, int priority, Presence.Mode mode) throws Exception {
        return StanzaBuilder.buildPresence().from(JidCreate.from(from)).ofType(Presence.Type.available).setPriority(priority)
                .setMode(mode).build();
    }

    private static Presence unavailable(String from, String status) throws Exception {
        var builder = StanzaBuilder.buildPresence().from(JidCreate.from(from)).ofType(Presence.Type.unavailable);
        if (!status.isEmpty()) {
            builder.setStatus(status);
        }
        return builder.build();
    }
}
