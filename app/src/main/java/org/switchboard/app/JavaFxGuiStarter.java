package org.switchboard.app;

import java.util.List;
import javafx.application.Platform;
import org.switchboard.app.channels.ChannelHub;
import org.switchboard.app.channels.ChannelStores;
import org.switchboard.app.channels.SupervisedChannelHub;
import org.switchboard.app.cli.GuiStarter;
import org.switchboard.app.logging.Logging;
import org.switchboard.app.profile.BackgroundOpenedRepository;
import org.switchboard.app.profile.Profile;
import org.switchboard.app.secrets.OsSecretStore;
import org.switchboard.app.secrets.SecretStore;
import org.switchboard.app.channels.SharedMedia;
import org.switchboard.app.shell.CallSetup;
import org.switchboard.app.shell.GuiLauncher;
import org.switchboard.app.shell.GuiServices;
import org.switchboard.contacts.accounts.Account;
import org.switchboard.contacts.store.SqlitePersonRepository;

/**
 * Starts the JavaFX GUI; the only bridge from the command line to the toolkit. The profile opens on a
 * virtual thread and the accounts connect while the toolkit starts and the window is built; the hub
 * holds what they report until the window listens.
 */
final class JavaFxGuiStarter implements GuiStarter {
    @Override
    public int start(Profile profile, List<String> args) {
        GuiLauncher.Toolkit toolkit = GuiLauncher.startToolkit(); // about 0.2 s of GTK start-up, in parallel with the rest
        Logging.logToProfile(profile.directory());
        SecretStore secrets = new OsSecretStore();
        SharedMedia.useProfile(profile.directory());
        try (var repository = new BackgroundOpenedRepository(() -> SqlitePersonRepository.open(profile.databaseFile()));
                ChannelHub channels = SupervisedChannelHub.builder(() -> ChannelStores.of(repository.awaitOpened(), repository),
                        secrets).listenerExecutor(Platform::runLater).holdEventsUntilListening().build()) {
            channels.prepare(); // protocol libraries and the secret store load while the toolkit starts
            channels.start(); // the accounts connect meanwhile; what they report waits for the window's listeners
            StartKind.recordLater(() -> repository.accounts().findAll().stream().anyMatch(Account::enabled));
            GuiServices services = GuiServices.defaults(profile.directory(), repository, repository.mergeService())
                    .withFirstIndex(repository.firstIndex())
                    .withAccounts(repository.accounts())
                    .withHistory(repository.messageHistory())
                    .withSecrets(secrets)
                    .withChannels(channels)
                    .withCalls(new CallSetup(SharedMedia::engine, () -> repository.awaitOpened().settings()));
            StartupTrace.mark("services ready");
            GuiLauncher.launch(toolkit, services, links(args));
        }
        return 0;
    }

    /** The xmpp:, sip:, sips: and tel: links among the arguments (the desktop's {@code %u}). */
    static List<String> links(List<String> args) {
        return args.stream().filter(a -> a.matches("(?i)(xmpp|sips?|tel):.+")).toList();
    }
}
