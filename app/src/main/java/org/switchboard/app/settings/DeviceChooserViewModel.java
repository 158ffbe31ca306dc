package org.switchboard.app.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.switchboard.media.AudioDevice;
import org.switchboard.media.DataFlow;

/** One device chooser (microphone, speaker or ringer): its entries and the one in use. */
public final class DeviceChooserViewModel {
    private final DataFlow flow;
    private final String title;
    private final ObservableList<DeviceChoice> choices = FXCollections.observableArrayList(
            DeviceChoice.systemDefault(List.of()));
    private final ReadOnlyObjectWrapper<DeviceChoice> selected = new ReadOnlyObjectWrapper<>(this, "selected",
            choices.getFirst());
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");

    DeviceChooserViewModel(DataFlow flow, String title) {
        this.flow = flow;
        this.title = title;
    }

    /** Shows {@code devices} (this flow's) with {@code pinned} chosen. */
    void show(List<AudioDevice> devices, Optional<String> pinned) {
        List<DeviceChoice> all = DeviceChoice.all(devices, pinned);
        if (!all.equals(choices)) {
            choices.setAll(all);
        }
        selected.set(DeviceChoice.selected(all, pinned));
    }

    void testing(boolean on) {
        testing.set(on);
    }

    public DataFlow flow() {
        return flow;
    }

    /** "Microphone", "Speaker", "Ringer". */
    public String title() {
        return title;
    }

    public ObservableList<DeviceChoice> choices() {
        return choices;
    }

    public ReadOnlyObjectProperty<DeviceChoice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while this device's test tone plays. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }
}
