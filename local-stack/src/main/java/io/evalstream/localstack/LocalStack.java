package io.evalstream.localstack;

import io.evalstream.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole local infrastructure of evalstream: one Kafka broker with the evalstream topics, and one PostgreSQL
 * server with the {@code evalstream} database.
 *
 * <p>Why one object: the quickstart, the CLI launcher and the {@code @QuarkusTest}s all need exactly this pair,
 * started in the right way (topics created, database present, both ready) and stopped together. With a
 * {@link Builder#dataDir(Path) data directory} everything persists across restarts (layout: {@code kafka/},
 * {@code postgres/}, {@code postgres.log}); without one it lives in a temporary directory deleted on
 * {@link #close()}.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().build().start()) {
 *     stack.kafkaBootstrapServers(); // 127.0.0.1:<port>
 *     stack.jdbcUrl();               // jdbc:postgresql://127.0.0.1:<port>/evalstream
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Path configuredDataDir;
    private final int kafkaPort;
    private final int postgresPort;
    private final int partitions;

    private Path dataDir;
    private KafkaBroker kafka;
    private PostgresServer postgres;
    /** Set by the thread that starts PostgreSQL, as soon as there is a server to watch. */
    private volatile ExitWatchdog watchdog;
    private boolean started;

    private LocalStack(Builder builder) {
        this.configuredDataDir = builder.dataDir;
        this.kafkaPort = builder.kafkaPort;
        this.postgresPort = builder.postgresPort;
        this.partitions = builder.partitions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts PostgreSQL and Kafka (in parallel), creates the topics and the database, and returns once clients
     * can use both.
     *
     * @return this stack, for chaining
     * @throws IllegalStateException if already started, or if either server fails to start (both are then stopped)
     */
    public synchronized LocalStack start() {
        if (started) {
            throw new IllegalStateException("LocalStack already started");
        }
        started = true;
        try {
            prepare();
            startServers();
            return this;
        } catch (Exception | Error e) {
            RuntimeException failure = new IllegalStateException("Local stack failed to start: " + describe(e), e);
            try {
                close();
            } catch (RuntimeException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
            throw failure;
        }
    }

    /** Kafka {@code bootstrap.servers}: {@code 127.0.0.1:<port>}. */
    public String kafkaBootstrapServers() {
        return running().kafka.bootstrapServers();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/evalstream}. */
    public String jdbcUrl() {
        return running().postgres.jdbcUrl();
    }

    public String dbUser() {
        return PostgresServer.USER;
    }

    public String dbPassword() {
        return PostgresServer.PASSWORD;
    }

    /** The directory holding all data: the configured one, or the temporary one. */
    public synchronized Path dataDir() {
        return running().dataDir;
    }

    public int partitions() {
        return partitions;
    }

    /**
     * Stops Kafka, then PostgreSQL, and deletes the data directory if it was temporary. Safe to call twice and on
     * a stack that failed to start. If the JVM dies without calling this, an {@link ExitWatchdog} stops
     * PostgreSQL and deletes a temporary data directory.
     */
    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        if (kafka != null) {
            try {
                kafka.close();
            } catch (RuntimeException e) {
                failure = e;
            }
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                failure = addTo(failure, e);
            }
            postgres = null;
        }
        if (configuredDataDir == null && dataDir != null) {
            try {
                deleteRecursively(dataDir);
            } catch (IOException e) {
                failure = addTo(failure, e);
            }
            dataDir = null;
        }
        if (watchdog != null) {
            watchdog.close();
            watchdog = null;
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public synchronized String toString() {
        return kafka == null ? "LocalStack[stopped]"
                : "LocalStack[kafka=" + kafka.bootstrapServers() + ", dir=" + dataDir + "]";
    }

    /** Creates the data directory and picks the ports. */
    private void prepare() throws IOException {
        dataDir = configuredDataDir != null
                ? Files.createDirectories(configuredDataDir.toAbsolutePath())
                : Files.createTempDirectory("evalstream-local-");
        // All ports from one batch, so that none of them can coincide with another.
        List<Integer> free = new ArrayList<>(FreePorts.find(5));
        free.removeAll(List.of(kafkaPort, postgresPort));
        int brokerPort = kafkaPort > 0 ? kafkaPort : free.remove(0);
        int controllerPort = free.remove(0);
        int databasePort = postgresPort > 0 ? postgresPort : free.remove(0);
        kafka = new KafkaBroker(dataDir.resolve("kafka"), brokerPort, controllerPort, partitions);
        postgres = new PostgresServer(dataDir.resolve("postgres"), dataDir.resolve("postgres.log"),
                databasePort, configuredDataDir != null);
    }

    /**
     * Starts PostgreSQL in a thread of its own while Kafka starts in this one (on a small machine that halves the
     * wait), then creates the topics. Waits for PostgreSQL even when Kafka failed, so that no server is left
     * starting in the background when {@link #close()} runs.
     */
    private void startServers() throws Exception {
        CompletableFuture<Void> postgresStarted = CompletableFuture.runAsync(this::startPostgres,
                runnable -> new Thread(runnable, "evalstream-postgres-start").start());
        Throwable failure = null;
        try {
            kafka.start(STARTUP_TIMEOUT);
            try (Admin admin = Admin.create(KafkaBroker.adminProperties(kafka.bootstrapServers()))) {
                TopicCreator.create(admin, TopicCreator.evalstreamTopics(partitions), STARTUP_TIMEOUT);
            }
        } catch (Exception | Error e) {
            failure = e;
        }
        try {
            postgresStarted.join();
        } catch (CompletionException e) {
            if (failure == null) {
                failure = e.getCause();
            } else {
                failure.addSuppressed(e.getCause());
            }
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void startPostgres() {
        try {
            postgres.start(STARTUP_TIMEOUT);
            watchdog = ExitWatchdog.start(postgres.pid(), configuredDataDir == null ? dataDir : null).orElse(null);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private synchronized LocalStack running() {
        if (kafka == null || postgres == null) {
            throw new IllegalStateException("LocalStack is not running");
        }
        return this;
    }

    /** The messages along the cause chain, so that the one line a launcher shows says what actually failed. */
    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank() && text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.length() == 0 ? e.getClass().getName() : text.toString();
    }

    private static RuntimeException addTo(RuntimeException failure, Exception e) {
        RuntimeException wrapped = e instanceof RuntimeException r ? r
                : new UncheckedIOException("Stopping the local stack failed", (IOException) e);
        if (failure == null) {
            return wrapped;
        }
        failure.addSuppressed(wrapped);
        return failure;
    }

    /** Deletes {@code dir} and everything below it; a missing directory is fine. */
    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Options of a {@link LocalStack}; every option has a default suitable for tests. */
    public static final class Builder {
        private Path dataDir;
        private int kafkaPort;
        private int postgresPort;
        private int partitions = Topics.DEFAULT_PARTITIONS;

        private Builder() {
        }

        /** Persistent data directory, reused on restart; {@code null} (default) = temporary, deleted on close. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Kafka client port; 0 (default) = a free port. */
        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = requirePort(kafkaPort);
            return this;
        }

        /** PostgreSQL port; 0 (default) = a free port. */
        public Builder postgresPort(int postgresPort) {
            this.postgresPort = requirePort(postgresPort);
            return this;
        }

        /** Partitions of each evalstream topic and of auto-created topics; default {@link Topics#DEFAULT_PARTITIONS}. */
        public Builder partitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
            }
            this.partitions = partitions;
            return this;
        }

        /** A stack with these options, not yet started. */
        public LocalStack build() {
            if (kafkaPort > 0 && kafkaPort == postgresPort) {
                throw new IllegalArgumentException("Kafka and PostgreSQL cannot share port " + kafkaPort);
            }
            return new LocalStack(this);
        }

        private static int requirePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            return port;
        }
    }
}
