package org.switchboard.app.shell;

import java.nio.file.Path;
import org.switchboard.app.testing.SampleAddressBook;
import org.switchboard.contacts.testing.InMemoryPersonRepository;

/**
 * Starts the real window on a sample address book, for trying the GUI and measuring start-up:
 * {@code java -cp ... org.switchboard.app.shell.DemoLauncher [persons]}.
 */
public final class DemoLauncher {
    private DemoLauncher() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        InMemoryPersonRepository repository = SampleAddressBook.repository(count);
        GuiServices services = GuiServices.defaults(Path.of("target", "demo-profile"), repository)
                .withReachContext(SampleAddressBook.presence(repository.findAll()));
        GuiLauncher.launch(services, new String[0]);
    }
}
