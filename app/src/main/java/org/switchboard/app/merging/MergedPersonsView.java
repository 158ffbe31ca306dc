package org.switchboard.app.merging;

import atlantafx.base.theme.Styles;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.switchboard.contacts.Person;

/** The card section "Merged into this person": one "Unmerge <name>" per absorbed person; hidden when there are none. */
public final class MergedPersonsView extends VBox {
    private final MergeSuggestionsViewModel viewModel;
    private final VBox rows = new VBox(6);

    public MergedPersonsView(MergeSuggestionsViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        setId("merged-persons");
        getStyleClass().add("merged-persons");
        Label heading = new Label("Merged into this person");
        heading.getStyleClass().addAll(Styles.TEXT_CAPTION, "card-section-title");
        getChildren().addAll(heading, rows);
        visibleProperty().bind(Bindings.isNotEmpty(viewModel.absorbedPersons()));
        managedProperty().bind(visibleProperty());
        viewModel.absorbedPersons().addListener((ListChangeListener<Person>) c -> showRows());
        showRows();
    }

    private void showRows() {
        rows.getChildren().setAll(viewModel.absorbedPersons().stream().map(this::row).toArray(Node[]::new));
    }

    private Node row(Person person) {
        Label addresses = new Label(person.endpoints().stream().map(e -> e.address()).collect(Collectors.joining(", ")));
        addresses.getStyleClass().add("merged-addresses");
        addresses.setWrapText(true);
        Button unmerge = new Button("Unmerge " + person.displayName());
        unmerge.getStyleClass().addAll("unmerge-button", Styles.BUTTON_OUTLINED);
        unmerge.disableProperty().bind(viewModel.busyProperty());
        unmerge.setOnAction(e -> viewModel.unmerge(person));
        HBox row = new HBox(12, unmerge, addresses);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
