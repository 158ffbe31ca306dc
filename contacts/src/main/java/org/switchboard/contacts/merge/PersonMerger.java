package org.switchboard.contacts.merge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;

/**
 * The merge rule: the survivor keeps its own fields and id, gains every endpoint of the absorbed
 * person it lacks (same address = same endpoint, whatever the label), takes the absorbed person's
 * value for each field it has empty, and keeps the absorbed person's extra vCard properties.
 */
public final class PersonMerger {
    private PersonMerger() {}

    public static MergeResult merge(Person keep, Person absorb) {
        Set<AddressKey> present = new HashSet<>();
        keep.endpoints().forEach(e -> present.add(AddressKey.of(e)));
        List<Endpoint> added = new ArrayList<>();
        for (Endpoint endpoint : absorb.endpoints()) {
            if (present.add(AddressKey.of(endpoint))) {
                added.add(endpoint);
            }
        }
        List<Endpoint> union = new ArrayList<>(keep.endpoints());
        union.addAll(added);
        Person merged = keep.withEndpoints(union);
        Set<MergeField> filled = EnumSet.noneOf(MergeField.class);
        for (MergeField field : MergeField.values()) {
            if (field.isEmptyIn(merged) && !field.isEmptyIn(absorb)) {
                merged = field.copy(absorb, merged);
                filled.add(field);
            }
        }
        List<String> addedExtra = ExtraProperties.missingFrom(keep.extraVcard(), absorb.extraVcard());
        if (!addedExtra.isEmpty()) {
            merged = withExtra(merged, keep.extraVcard() + ExtraProperties.join(addedExtra));
        }
        return new MergeResult(merged, added, filled, addedExtra);
    }

    /**
     * Undoes what {@code merge} added to the survivor: removes the added endpoints, empties filled
     * fields that still hold the absorbed person's value and removes the appended extra properties.
     */
    public static Person separate(Person survivor, Person absorbed, MergeResult whatWasAdded) {
        Set<AddressKey> addedKeys = new HashSet<>();
        whatWasAdded.addedEndpoints().forEach(e -> addedKeys.add(AddressKey.of(e)));
        Person result = survivor.withEndpoints(survivor.endpoints().stream()
                .filter(e -> !addedKeys.contains(AddressKey.of(e)))
                .toList());
        for (MergeField field : whatWasAdded.filledFields()) {
            if (field.sameIn(result, absorbed)) {
                result = field.clear(result);
            }
        }
        return withExtra(result, ExtraProperties.without(result.extraVcard(), whatWasAdded.addedExtraProperties()));
    }

    private static Person withExtra(Person p, String extra) {
        return new Person(p.id(), p.displayName(), p.name(), p.organization(), p.title(), p.note(), p.birthday(),
                p.photo(), p.categories(), p.endpoints(), p.preferredChannel(), extra);
    }
}
