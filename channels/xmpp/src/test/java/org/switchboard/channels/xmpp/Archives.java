package org.switchboard.channels.xmpp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.switchboard.channels.api.ArchiveSync;
import org.switchboard.channels.api.ArchiveSync.Page;
import org.switchboard.channels.api.ArchiveSync.Query;
import org.switchboard.channels.api.MessageEvents.MessageEvent.Received;

/** Reads a channel's archive to the end, page by page, as the app's catch-up will. */
final class Archives {
    private Archives() {}

    static List<Received> catchUp(XmppChannel channel, Query first) throws Exception {
        ArchiveSync archive = channel.capability(ArchiveSync.class).orElseThrow();
        List<Received> all = new ArrayList<>();
        Query query = first;
        for (int pages = 0; pages < 1000; pages++) {
            Page page = archive.fetch(query).get(10, TimeUnit.SECONDS);
            all.addAll(page.messages());
            if (page.complete() || page.lastId().isEmpty()) {
                return all;
            }
            query = query.next(page);
        }
        throw new AssertionError("the archive did not end within 1000 pages");
    }

    /** The archive id of the newest archived message, empty when the archive is empty. */
    static String lastId(XmppChannel channel) throws Exception {
        List<Received> all = catchUp(channel, Query.afterId(""));
        return all.isEmpty() ? "" : all.getLast().serverId();
    }
}
