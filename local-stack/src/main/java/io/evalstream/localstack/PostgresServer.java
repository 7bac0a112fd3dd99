package io.evalstream.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A real PostgreSQL 14 server from zonky's embedded binaries (downloaded from Maven Central as a jar, unpacked to
 * {@code $TMPDIR/embedded-pg}), run as a child process.
 *
 * <p>Why zonky: it needs no installation and no Docker, and its binaries are patched to run as root, which is how
 * CI and this project's build machines run. The cluster is initialised ({@code initdb}) only when the data
 * directory holds no cluster yet, so a persistent directory keeps its databases across restarts. On start the
 * database {@value #DATABASE} is created if it is missing.
 *
 * <p>Authentication is {@code trust} on 127.0.0.1 only (zonky's initdb setting), so any password is accepted;
 * {@link #PASSWORD} exists because Quarkus datasources expect one.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "evalstream";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final String HOST = "127.0.0.1";
    /** zonky's lock file inside the data directory, held by the JVM that runs the server. */
    private static final String ZONKY_LOCK = "epg-lock";

    private final Path dataDir;
    private final Path logFile;
    private final int requestedPort;
    private final boolean durable;
    private EmbeddedPostgres postgres;

    /**
     * @param dataDir the cluster directory; initialised if it holds no cluster
     * @param logFile where the server's own output goes (must be outside {@code dataDir}: initdb wants it empty)
     * @param port    the port, or 0 for a free one
     * @param durable whether commits are flushed before they are acknowledged ({@code synchronous_commit}); worth
     *                it for the quickstart's persistent data, not for throw-away test data
     */
    public PostgresServer(Path dataDir, Path logFile, int port, boolean durable) {
        this.dataDir = dataDir.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.requestedPort = port;
        this.durable = durable;
        if (this.logFile.startsWith(this.dataDir)) {
            throw new IllegalArgumentException("The log file must be outside the data directory: " + logFile);
        }
    }

    /** Starts the server (initialising the cluster if needed) and creates {@value #DATABASE} if missing. */
    public synchronized void start(Duration timeout) throws IOException, SQLException {
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL already started");
        }
        QuietLogging.apply();
        Files.createDirectories(dataDir);
        Files.createDirectories(logFile.getParent());
        stopOrphanedServer();
        removeIncompleteCluster();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(FreePorts.orFree(requestedPort))
                .setServerConfig("listen_addresses", HOST)
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setPGStartupWait(timeout)
                .start();
        try {
            createDatabaseIfMissing();
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    public synchronized int port() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL not started");
        }
        return postgres.getPort();
    }

    /** Process id of the running server (the postmaster), from {@code postmaster.pid}; for the {@link ExitWatchdog}. */
    synchronized long pid() throws IOException {
        port(); // fails if not started
        return recordedPid(dataDir.resolve("postmaster.pid"))
                .orElseThrow(() -> new IllegalStateException("No postmaster.pid in " + dataDir));
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/evalstream}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of any database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database;
    }

    /** Stops the server (fast shutdown); the data directory stays as it is. Safe to call twice. */
    @Override
    public synchronized void close() throws IOException {
        if (postgres != null) {
            EmbeddedPostgres running = postgres;
            postgres = null;
            running.close();
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone was faster, fine
                    throw e;
                }
            }
        }
    }

    /**
     * Clears what a previous JVM that died without running its shutdown hooks may have left on this data directory:
     * a running server (normally stopped by the {@link ExitWatchdog}, but it may have been killed too), or a
     * {@code postmaster.pid} naming a process that is dead but not yet reaped, which PostgreSQL takes for a
     * running server. Either would make this start fail with "lock file postmaster.pid already exists".
     *
     * <p>Nothing is touched while a live JVM holds zonky's lock on the directory: only then is the server
     * somebody's. Otherwise stopping it loses nothing but open connections of dead clients.
     */
    private void stopOrphanedServer() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        OptionalLong recorded = recordedPid(pidFile);
        if (recorded.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(recorded.getAsLong());
        boolean running = process.filter(PostgresServer::isRunningPostgres).isPresent();
        boolean unreaped = process.filter(PostgresServer::isZombie).isPresent();
        if (!running && !unreaped) {
            return; // a stale file of a dead process: PostgreSQL handles that itself
        }
        try (RandomAccessFile file = new RandomAccessFile(dataDir.resolve(ZONKY_LOCK).toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw new IllegalStateException("PostgreSQL data directory " + dataDir + " is in use by another process");
            }
            try {
                if (running) {
                    terminate(process.get());
                }
                if (process.get().isAlive()) { // gone but unreaped: PostgreSQL would see it as running
                    Files.deleteIfExists(pidFile);
                }
            } finally {
                held.release();
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("PostgreSQL data directory " + dataDir + " is in use in this JVM", e);
        }
    }

    /** The process id in the first line of {@code postmaster.pid}, if there is one. */
    private static OptionalLong recordedPid(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return OptionalLong.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Whether {@code process} is a running (not exited, not zombie) PostgreSQL server process. */
    private static boolean isRunningPostgres(ProcessHandle process) {
        return process.isAlive() && !isZombie(process)
                && process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    /**
     * Whether {@code process} has exited but was not reaped by its parent yet. Java and {@code kill -0} still see
     * such a process as alive; where init reaps slowly (some containers) it stays so for a while.
     */
    private static boolean isZombie(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName > 0 && stat.length() > afterName + 2 && stat.charAt(afterName + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (not Linux) or the process is gone
        }
    }

    /** SIGTERM (PostgreSQL's "smart" shutdown; the clients of a dead JVM are gone anyway), then SIGKILL. */
    private static void terminate(ProcessHandle postmaster) {
        List<ProcessHandle> children = postmaster.descendants().toList();
        postmaster.destroy();
        if (!awaitExit(postmaster, Duration.ofSeconds(15))) {
            postmaster.destroyForcibly();
            awaitExit(postmaster, Duration.ofSeconds(5));
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && !isZombie(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Deletes what an interrupted first start left behind: initdb refuses a non-empty directory, and zonky skips
     * initdb (then fails to start) once {@code postgresql.conf} exists, which initdb writes early. The test is
     * {@code postmaster.opts}, which only a started server writes: a directory that has files but in which no
     * server ever ran holds no data. A cluster that has ever run is never touched.
     */
    private void removeIncompleteCluster() throws IOException {
        if (Files.exists(dataDir.resolve("postmaster.opts"))) {
            return;
        }
        try (var entries = Files.list(dataDir)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        LocalStack.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
    }

    @Override
    public String toString() {
        return "PostgresServer[dir=" + dataDir + "]";
    }
}
