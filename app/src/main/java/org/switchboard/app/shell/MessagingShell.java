package org.switchboard.app.shell;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.switchboard.app.accounts.AccountsView;
import org.switchboard.app.accounts.AccountsViewModel;
import org.switchboard.app.accounts.DeferredSettings;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.conversation.ChatAddresses;
import org.switchboard.app.conversation.ConversationViewModel;
import org.switchboard.app.conversation.ConversationWindows;
import org.switchboard.app.conversation.MessageSearchView;
import org.switchboard.app.conversation.MessageSearchViewModel;
import org.switchboard.app.conversation.UnreadViewModel;
import org.switchboard.app.person.ChatOpener;
import org.switchboard.app.presence.OwnPresenceView;
import org.switchboard.app.presence.OwnPresenceViewModel;
import org.switchboard.app.tasks.TaskRunner;
import org.switchboard.contacts.Endpoint;
import org.switchboard.contacts.Person;
import org.switchboard.contacts.PersonId;
import org.switchboard.contacts.history.SearchHit;

/**
 * The messaging half of the main window: accounts, own presence, one conversation window per person,
 * unread counts and message search, wired to the running channels.
 */
final class MessagingShell implements ChatOpener {
    private final Stage stage;
    private final GuiServices services;
    private final TaskRunner tasks;
    private final Consumer<Parent> styler;
    private final UnreadViewModel unread;
    private final OwnPresenceViewModel ownPresence;
    private final ConversationWindows conversations;
    private @Nullable AccountsView accountsView;
    private @Nullable MessageSearchView searchView;

    MessagingShell(Stage stage, GuiServices services, TaskRunner tasks, Consumer<Parent> styler) {
        this.stage = stage;
        this.services = services;
        this.tasks = tasks;
        this.styler = styler;
        ChannelHub hub = services.channels();
        unread = new UnreadViewModel(services.history(), services.repository(), hub, tasks);
        ownPresence = new OwnPresenceViewModel(hub, tasks);
        conversations = new ConversationWindows(stage, this::conversation, styler, ZoneId.systemDefault());
    }

    private ConversationViewModel conversation(Person person) {
        return new ConversationViewModel(person, services.history(), services.channels(), tasks, services.uriOpener(),
                unread::read);
    }

    @Override
    public boolean canChat(Endpoint endpoint) {
        return ChatAddresses.isChatKind(endpoint) && services.channels().accounts().stream()
                .anyMatch(status -> status.account().kind() == endpoint.kind() && status.account().enabled());
    }

    @Override
    public void openChat(Person person, Endpoint endpoint) {
        conversations.show(person);
    }

    void showAccounts() {
        if (accountsView != null && accountsView.isShowing()) {
            accountsView.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        AccountsViewModel model = new AccountsViewModel(services.accounts(), services.secrets(),
                new DeferredSettings(services.calls().settings()), services.channels(), tasks, services.clock());
        accountsView = new AccountsView(model, stage, styler);
        styler.accept(accountsView.getDialogPane());
        accountsView.show();
    }

    void showMessageSearch(java.util.function.Function<PersonId, @Nullable Person> persons) {
        if (searchView == null) {
            MessageSearchViewModel model = new MessageSearchViewModel(services.history(), tasks, hit -> open(hit, persons));
            searchView = new MessageSearchView(model, stage, ZoneId.systemDefault());
            styler.accept(searchView.getDialogPane());
        }
        if (!searchView.isShowing()) {
            searchView.show();
        }
    }

    private void open(SearchHit hit, java.util.function.Function<PersonId, @Nullable Person> persons) {
        PersonId id = hit.message().person();
        Person person = id == null ? null : persons.apply(id);
        if (person != null) {
            conversations.show(person);
        }
    }

    OwnPresenceView ownPresenceView() {
        return new OwnPresenceView(ownPresence);
    }

    UnreadViewModel unread() {
        return unread;
    }

    ConversationWindows conversations() {
        return conversations;
    }
}
