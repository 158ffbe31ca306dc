package org.switchboard.app.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.app.testing.FakeCall;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.testing.InMemoryPersonRepository;

class CallerLookupTest {
    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final CallerLookup callers = CallerLookup.of(repository);

    @Test
    void findsThePersonByTheExactAddress() {
        repository.save(Person.named("Barbie Roberts", Addresses.parse(EndpointKind.SIP, "sip:barbie@example.org")));

        assertThat(callers.find(Addresses.parse(EndpointKind.SIP, "sip:Barbie@example.org")))
                .map(Person::displayName).contains("Barbie Roberts");
    }

    @Test
    void findsThePersonByThePhoneNumberInASipAddress() {
        repository.save(Person.named("Bank", Addresses.parse(EndpointKind.PHONE, "+49 30 1234567")));

        assertThat(callers.find(Addresses.parse(EndpointKind.SIP, "sip:+49301234567@provider.example")))
                .map(Person::displayName).contains("Bank");
        assertThat(callers.find(Addresses.parse(EndpointKind.SIP, "sip:200@pbx.example"))).isEmpty();
    }

    @Test
    void aPhoneCallerIsWrittenReadably() {
        Endpoint number = Addresses.parse(EndpointKind.PHONE, "+49301234567");

        Caller caller = Caller.of(FakeCall.incoming(number, Optional.empty(), Clock.systemUTC()), Optional.empty());

        assertThat(caller).isEqualTo(new Caller("+49 30 1234567", "+49 30 1234567", "", false));
    }
}
