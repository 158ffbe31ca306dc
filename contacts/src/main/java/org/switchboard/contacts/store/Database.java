package org.switchboard.contacts.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/** One SQLite connection guarded by a lock; runs work in transactions. */
final class Database implements AutoCloseable {
    private static final Set<PosixFilePermission> USER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> USER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /** Work done on the connection, inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final PreparedStatements statements;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.statements = new PreparedStatements(connection);
    }

    /**
     * Opens the file in WAL mode with {@code synchronous=NORMAL}: a commit survives the application
     * crashing; after a power loss or OS crash the last commits may be missing but the file is never
     * corrupt. That is the usual trade for a desktop app (FULL would sync the WAL on every commit).
     */
    static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            createUserOnly(absolute);
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5_000);
            config.setCacheSize(-65_536);
            Connection connection = config.createConnection("jdbc:sqlite:" + absolute);
            return new Database(absolute, connection);
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot open the address book " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** Creates missing parent directories (user only) and the file with permissions 0600. */
    private static void createUserOnly(Path file) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (posix) {
                Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(USER_ONLY_DIR));
            } else {
                Files.createDirectories(parent);
            }
        }
        if (!posix) {
            return;
        }
        FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(USER_ONLY_FILE);
        try {
            Files.createFile(file, attribute);
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, USER_ONLY_FILE);
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.setPosixFilePermissions(companion, USER_ONLY_FILE);
            }
        }
    }

    Path file() {
        return file;
    }

    /**
     * The connection's prepared statement for {@code sql}, compiled once and kept until the database
     * closes (for statements run on every message); only inside {@link #inTransaction} work.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a kept statement is used outside the database's lock");
        }
        return statements.get(sql);
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(String what, Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + " in the address book " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            statements.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the address book " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
