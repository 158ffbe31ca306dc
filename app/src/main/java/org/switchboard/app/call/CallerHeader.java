package org.switchboard.app.call;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who the call is with, centred: the avatar with the person's initials (as in the person list and
 * conversations; a person glyph for an unknown caller), the name and, when it says more, the address.
 */
final class CallerHeader {
    private CallerHeader() {}

    static VBox of(ObservableValue<Caller> caller, String idPrefix) {
        Label initials = new Label();
        initials.getStyleClass().add("avatar-initials");
        StackPane avatar = new StackPane();
        avatar.getStyleClass().addAll("avatar", "call-avatar");
        Label name = new Label();
        name.setId(idPrefix + "-name");
        name.getStyleClass().addAll(Styles.TITLE_2, "call-name");
        name.setWrapText(true);
        Label address = new Label();
        address.setId(idPrefix + "-address");
        address.getStyleClass().add("call-address");
        caller.subscribe(now -> {
            initials.setText(now.initials());
            avatar.getChildren().setAll(now.initials().isEmpty() ? CallIcons.PERSON.of(44) : initials);
            name.setText(now.name());
            address.setText(now.address());
            address.setVisible(now.addressDiffersFromName());
            address.setManaged(address.isVisible());
        });
        VBox header = new VBox(6, avatar, name, address);
        header.setAlignment(Pos.CENTER);
        header.getStyleClass().add("call-header");
        return header;
    }
}
