package org.switchboard.app.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.switchboard.contacts.Person;

class VisiblePersonsTest {
    private final Person anna = Person.named("Anna");
    private final Person bob = Person.named("Bob");
    private final Person carol = Person.named("Carol");

    @Test
    void oneChangeReplacesEverythingWithThePreviousPersonsAsRemoved() {
        VisiblePersons visible = new VisiblePersons();
        visible.show(List.of(anna, bob));
        List<String> seen = new ArrayList<>();
        visible.addListener((ListChangeListener<Person>) change -> {
            while (change.next()) {
                seen.add("replaced=" + change.wasReplaced() + " from=" + change.getFrom() + " to=" + change.getTo()
                        + " removed=" + change.getRemoved().stream().map(Person::displayName).toList()
                        + " added=" + change.getAddedSubList().stream().map(Person::displayName).toList());
            }
        });
        visible.show(List.of(carol));
        visible.show(List.of());
        visible.show(List.of());
        assertThat(seen).containsExactly(
                "replaced=true from=0 to=1 removed=[Anna, Bob] added=[Carol]",
                "replaced=false from=0 to=0 removed=[Carol] added=[]");
        assertThat(visible).isEmpty();
    }

    @Test
    void isReadOnly() {
        VisiblePersons visible = new VisiblePersons();
        visible.show(List.of(anna));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> visible.add(bob)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(visible).containsExactly(anna);
    }
}
