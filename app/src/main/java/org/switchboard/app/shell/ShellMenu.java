package org.switchboard.app.shell;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.jspecify.annotations.Nullable;

/** The menu bar, which also carries the keyboard shortcuts. */
final class ShellMenu {
    private final ShellView shell;

    ShellMenu(ShellView shell) {
        this.shell = shell;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), person(), chat(), calls(), view());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private Menu file() {
        return new Menu("_File", null,
                item("_New person", "Shortcut+N", e -> shell.newPerson()),
                new SeparatorMenuItem(),
                item("_Import vCard…", "Shortcut+I", e -> shell.importView().chooseAndImport()),
                item("_Export vCard…", "Shortcut+E", e -> shell.importView().chooseAndExport()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", e -> Platform.exit()));
    }

    private Menu edit() {
        MenuItem undo = item("_Undo delete", "Shortcut+Z", e -> shell.people().undoDelete());
        undo.disableProperty().bind(shell.people().recentlyDeletedProperty().isNull());
        MenuItem delete = item("_Delete person", null, e -> shell.people().deleteSelected());
        delete.disableProperty().bind(shell.people().selectedProperty().isNull());
        MenuItem edit = item("_Edit person", null, e -> shell.editSelected());
        edit.disableProperty().bind(shell.people().selectedProperty().isNull());
        return new Menu("_Edit", null, undo, new SeparatorMenuItem(), edit, delete, new SeparatorMenuItem(),
                item("_Find", "Shortcut+F", e -> shell.focusSearch()));
    }

    private Menu person() {
        MenuItem reach = item("_Reach", "Shortcut+R", e -> shell.card().reach());
        reach.disableProperty().bind(shell.people().selectedProperty().isNull());
        return new Menu("_Person", null, reach, new SeparatorMenuItem(),
                item("_Merge suggestions…", "Shortcut+M", e -> shell.showMergeSuggestions()));
    }

    private Menu chat() {
        return new Menu("_Chat", null,
                item("_Accounts…", "Shortcut+Shift+A", e -> shell.showAccounts()),
                item("_Search messages…", "Shortcut+Shift+F", e -> shell.showMessageSearch()));
    }

    private Menu calls() {
        MenuItem devices = item("_Audio devices…", "Shortcut+Shift+D", e -> shell.calls().showAudioDevices());
        devices.disableProperty().bind(shell.calls().enabledProperty().not());
        return new Menu("C_alls", null, devices);
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
        dark.setSelected(shell.themes().themeProperty().get().isDark());
        shell.themes().themeProperty().subscribe(theme -> dark.setSelected(theme.isDark()));
        dark.setOnAction(e -> shell.toggleTheme());
        return new Menu("_View", null, dark);
    }

    private static MenuItem item(String text, @Nullable String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
