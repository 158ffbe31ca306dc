package org.switchboard.app.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.app.system.UriOpener;

/** Remembers every URI it was asked to open instead of opening it. */
public final class RecordingUriOpener implements UriOpener {
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Override
    public void open(String uri) {
        opened.add(uri);
    }

    public List<String> opened() {
        return List.copyOf(opened);
    }
}
