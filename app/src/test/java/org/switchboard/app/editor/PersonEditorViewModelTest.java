package org.switchboard.app.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Addresses;
import org.switchboard.contacts.EndpointKind;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;

class PersonEditorViewModelTest {

    @Test
    void aBadSipUriIsFlaggedWithTheExactMessageAndNothingIsBuilt() {
        var editor = new PersonEditorViewModel();
        editor.displayNameProperty().set("Ken");
        AddressRowViewModel row = editor.addresses().getFirst();
        row.kindProperty().set(EndpointKind.SIP);
        row.addressProperty().set("sip:ken smith@example.org");

        assertThat(row.errorProperty().get()).isEqualTo(
                "\"sip:ken smith@example.org\" is not a valid SIP address: the user part is empty or has spaces or invalid characters");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.result()).isEmpty();

        row.addressProperty().set("sip:ken@example.org");
        assertThat(row.errorProperty().get()).isEmpty();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.result().orElseThrow().endpoints()).containsExactly(Addresses.parse(EndpointKind.SIP, "sip:ken@example.org"));
    }

    @Test
    void changingTheKindRevalidates() {
        var editor = new PersonEditorViewModel();
        editor.displayNameProperty().set("Ken");
        AddressRowViewModel row = editor.addresses().getFirst();
        row.addressProperty().set("+49 170 1234567");
        assertThat(row.errorProperty().get()).startsWith("\"+49 170 1234567\" is not a valid Email address");

        row.kindProperty().set(EndpointKind.PHONE);

        assertThat(row.errorProperty().get()).isEmpty();
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void aNameIsRequiredAndBlankAddressRowsAreLeftOut() {
        var editor = new PersonEditorViewModel();
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.nameErrorProperty().get()).isEqualTo("A name is required");

        editor.displayNameProperty().set("  Barbie  ");
        editor.addAddress();

        Person person = editor.result().orElseThrow();
        assertThat(person.displayName()).isEqualTo("Barbie");
        assertThat(person.endpoints()).isEmpty();
    }

    @Test
    void removingTheInvalidRowMakesTheFormValid() {
        var editor = new PersonEditorViewModel();
        editor.displayNameProperty().set("Ken");
        AddressRowViewModel bad = editor.addAddress();
        bad.addressProperty().set("not an address");
        assertThat(editor.validProperty().get()).isFalse();

        editor.removeAddress(bad);

        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void editingKeepsTheIdAndWhatTheFormDoesNotShow() {
        Person stored = new Person(new PersonId(7), "Anna", org.switchboard.contacts.PersonName.EMPTY, "Acme", "CTO", "", null, null,
                java.util.List.of("Work"), java.util.List.of(Addresses.parse(EndpointKind.EMAIL, "anna@example.org", "work")),
                org.switchboard.contacts.ChannelKind.CHAT, "X-CUSTOM:1");
        var editor = new PersonEditorViewModel(stored);
        assertThat(editor.categoriesProperty().get()).isEqualTo("Work");
        editor.organizationProperty().set("Globex");
        editor.birthdayProperty().set(LocalDate.of(1990, 5, 17));
        editor.categoriesProperty().set("Work, Friends, Work");

        Person edited = editor.result().orElseThrow();

        assertThat(edited.id()).isEqualTo(new PersonId(7));
        assertThat(edited.organization()).isEqualTo("Globex");
        assertThat(edited.birthday()).isEqualTo(LocalDate.of(1990, 5, 17));
        assertThat(edited.categories()).containsExactly("Work", "Friends");
        assertThat(edited.endpoints()).isEqualTo(stored.endpoints());
        assertThat(edited.preferredChannel()).isEqualTo(org.switchboard.contacts.ChannelKind.CHAT);
        assertThat(edited.extraVcard()).isEqualTo("X-CUSTOM:1");
    }
}
