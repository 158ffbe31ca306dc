package org.switchboard.app.merging;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.jspecify.annotations.Nullable;
import org.switchboard.contacts.Person;

/**
 * One suggested pair: both names (the chosen survivor's radio button checked), the shared address,
 * and the Merge / Not the same buttons. The controls stay out of the focus order: the list handles
 * the keyboard.
 */
final class MergeCandidateCell extends ListCell<MergeCandidate> {
    private final Consumer<MergeCandidate> onMerge;
    private final Consumer<MergeCandidate> onDismiss;
    private Subscription keepSubscription = Subscription.EMPTY;

    MergeCandidateCell(Consumer<MergeCandidate> onMerge, Consumer<MergeCandidate> onDismiss) {
        this.onMerge = onMerge;
        this.onDismiss = onDismiss;
        getStyleClass().add("merge-candidate-cell");
    }

    @Override
    protected void updateItem(@Nullable MergeCandidate candidate, boolean empty) {
        super.updateItem(candidate, empty);
        keepSubscription.unsubscribe();
        keepSubscription = Subscription.EMPTY;
        setText(null);
        if (empty || candidate == null) {
            setGraphic(null);
            return;
        }
        ToggleGroup keep = new ToggleGroup();
        RadioButton first = choice(candidate, candidate.first(), keep);
        RadioButton second = choice(candidate, candidate.second(), keep);
        keepSubscription = candidate.keepProperty().subscribe(now -> {
            first.setSelected(now == candidate.first());
            second.setSelected(now == candidate.second());
        });
        Label reason = new Label(capitalised(candidate.reason()));
        reason.getStyleClass().add("merge-reason");
        VBox pair = new VBox(4, first, second, reason);
        Button merge = button("Merge", "merge-button", Styles.ACCENT);
        merge.setOnAction(e -> onMerge.accept(candidate));
        Button dismiss = button("Not the same", "dismiss-button", Styles.FLAT);
        dismiss.setOnAction(e -> onDismiss.accept(candidate));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(12, pair, gap, merge, dismiss);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("merge-candidate");
        setGraphic(row);
    }

    private static RadioButton choice(MergeCandidate candidate, Person person, ToggleGroup group) {
        int count = person.endpoints().size();
        RadioButton choice = new RadioButton(person.displayName() + "  ·  " + count + (count == 1 ? " address" : " addresses"));
        choice.setToggleGroup(group);
        choice.setFocusTraversable(false);
        choice.getStyleClass().add("merge-choice");
        choice.setOnAction(e -> candidate.keepProperty().set(person));
        return choice;
    }

    private static Button button(String text, String styleClass, String style) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.getStyleClass().addAll(styleClass, style);
        return button;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
