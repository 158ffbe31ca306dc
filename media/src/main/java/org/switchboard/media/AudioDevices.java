package org.switchboard.media;

import java.util.List;
import java.util.function.Consumer;

/** The audio devices of the machine, refreshed when they appear or disappear. */
public interface AudioDevices {
    List<AudioDevice> list(DataFlow flow);

    /** Called with the new list whenever devices change; returns a handle that stops the updates. */
    AutoCloseable onChange(Consumer<List<AudioDevice>> listener);
}
