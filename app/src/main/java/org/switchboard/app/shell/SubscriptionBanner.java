package org.switchboard.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The banner above the list while someone asks to see the user's presence: the question and
 * Approve / Deny (reachable with Tab, answered with Space or Enter).
 */
final class SubscriptionBanner {
    private SubscriptionBanner() {
    }

    static HBox build(SubscriptionPromptsViewModel model) {
        Label question = new Label();
        question.setId("subscription-question");
        question.textProperty().bind(model.questionProperty());
        Label problem = new Label();
        problem.setId("subscription-problem");
        problem.getStyleClass().add("error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button approve = new Button("Approve");
        approve.setId("subscription-approve");
        approve.setOnAction(e -> model.approve());
        Button deny = new Button("Deny");
        deny.setId("subscription-deny");
        deny.setOnAction(e -> model.deny());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, question, problem, gap, approve, deny);
        banner.getStyleClass().add("subscription-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.currentProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setAccessibleText("Presence subscription request");
        return banner;
    }
}
