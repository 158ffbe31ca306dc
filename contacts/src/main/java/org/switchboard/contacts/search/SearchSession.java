package org.switchboard.contacts.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Person;

/**
 * Search-as-you-type over one index: while the user keeps typing at the end of the query, each
 * keystroke scans only the previous keystroke's hits. Not thread-safe: one per search field.
 */
public final class SearchSession {
    private final PersonSearchIndex index;
    private @Nullable Query lastQuery;
    private int @Nullable [] lastHits;

    public SearchSession(PersonSearchIndex index) {
        this.index = index;
    }

    public PersonSearchIndex index() {
        return index;
    }

    /** The persons matching {@code query}, in index order. */
    public List<Person> search(String query) {
        Query parsed = Query.parse(query);
        int[] candidates = lastQuery != null && lastHits != null && parsed.narrows(lastQuery) ? lastHits : null;
        int[] hits = index.matchIndices(query, candidates);
        lastQuery = parsed;
        lastHits = hits;
        return index.persons(hits);
    }
}
