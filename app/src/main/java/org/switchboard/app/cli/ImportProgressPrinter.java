package org.switchboard.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.switchboard.contacts.vcard.ImportProgress;

/** Shows import progress on stderr when it is a terminal; silent in scripts and tests. */
final class ImportProgressPrinter implements ImportProgress {
    private final PrintStream err;
    private final Path file;
    private final boolean terminal;

    ImportProgressPrinter(PrintStream err, Path file) {
        this.err = err;
        this.file = file;
        this.terminal = System.console() != null && err == System.err;
    }

    @Override
    public void update(long bytesRead, long totalBytes, int cardsDone) {
        if (terminal && totalBytes > 0) {
            err.printf("\r%s: %d%% (%d cards)", file.getFileName(), bytesRead * 100 / totalBytes, cardsDone);
            if (bytesRead >= totalBytes) {
                err.println();
            }
        }
    }
}
