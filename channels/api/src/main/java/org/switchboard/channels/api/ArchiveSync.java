package org.switchboard.channels.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.switchboard.channels.api.MessageEvents.MessageEvent;

/**
 * A channel whose server keeps an archive of the account's conversations (XMPP MAM), read forward
 * page by page. The caller keeps the archive id of the last message it stored and passes it at the
 * next login, so the messages missed while offline come back in order; asking again from the same
 * point yields the same ids, so storing by {@link MessageEvent.Received#serverId()} removes repeats.
 */
public interface ArchiveSync extends ChannelCapability {
    /** Largest page a server is asked for. */
    int MAX_PAGE = 100;

    /** One page of the archive, oldest first; completes exceptionally with a {@link ChannelException}. */
    CompletableFuture<Page> fetch(Query query);

    /**
     * Where to read from: after the message with archive id {@code afterId}, or else after
     * {@code after}, or else from the beginning; at most {@code pageSize} messages (1 to {@link #MAX_PAGE}).
     */
    record Query(Optional<String> afterId, Optional<Instant> after, int pageSize) {
        public Query {
            if (pageSize < 1 || pageSize > MAX_PAGE) {
                throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE + ": " + pageSize);
            }
            if (afterId.isPresent() && afterId.get().isBlank()) {
                afterId = Optional.empty();
            }
        }

        /** The messages after archive id {@code id} (an empty id means from the beginning). */
        public static Query afterId(String id) {
            return new Query(Optional.of(id), Optional.empty(), MAX_PAGE);
        }

        /** The messages archived after {@code instant}. */
        public static Query since(Instant instant) {
            return new Query(Optional.empty(), Optional.of(instant), MAX_PAGE);
        }

        /** The next page after {@code page}. */
        public Query next(Page page) {
            return page.lastId().isEmpty() ? this : new Query(Optional.of(page.lastId()), Optional.empty(), pageSize);
        }
    }

    /**
     * Archived messages in archive order (each with its archive id as {@code serverId} and its
     * direction); {@code lastId} is the archive id to continue after (empty when the page is empty);
     * {@code complete} is true when nothing follows.
     */
    record Page(List<MessageEvent.Received> messages, String lastId, boolean complete) {
        public Page {
            messages = List.copyOf(messages);
        }
    }
}
