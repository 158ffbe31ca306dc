package org.switchboard.contacts.merge;

import java.util.List;
import java.util.Set;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;

/**
 * What merging one person into another gave, and exactly what it added, so it can be undone.
 *
 * @param merged the survivor with everything of both
 * @param addedEndpoints the endpoints the survivor did not have before
 * @param filledFields the fields that were empty in the survivor and now hold the absorbed value
 * @param addedExtraProperties kept vCard properties of the absorbed person appended to the survivor's
 */
public record MergeResult(Person merged, List<Endpoint> addedEndpoints, Set<MergeField> filledFields,
        List<String> addedExtraProperties) {
    public MergeResult {
        addedEndpoints = List.copyOf(addedEndpoints);
        filledFields = Set.copyOf(filledFields);
        addedExtraProperties = List.copyOf(addedExtraProperties);
    }
}
