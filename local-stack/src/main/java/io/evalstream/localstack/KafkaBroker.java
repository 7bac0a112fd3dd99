package io.evalstream.localstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One real Apache Kafka node in KRaft mode, broker and controller at once, running inside this JVM.
 *
 * <p>Why in-process: the quickstart and the tests must not need Docker or an installed Kafka; the broker jar
 * comes from Maven Central like any other dependency. It is the same server code as a production broker, so
 * partitions, consumer groups, offsets and dead-letter topics behave as they will in production.
 *
 * <p>The log directory is formatted (a {@code meta.properties} with a new cluster id) only if it is not formatted
 * yet, so a persistent directory keeps its topics, records and committed offsets across restarts. The quorum is a
 * static one ({@code controller.quorum.voters}) rather than a dynamic one, because a static quorum reads the
 * controller's address from the configuration on every start; a dynamic quorum stores it in the metadata log and
 * would break when a restart picks a different free port.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Name of the listener the controller quorum uses; clients use {@code PLAINTEXT}. */
    public static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final int defaultPartitions;
    private KafkaRaftServer server;

    /**
     * @param logDir            where the broker keeps its metadata and records; created if missing
     * @param port              client (PLAINTEXT) port, must be a real port (see {@link FreePorts})
     * @param controllerPort    controller quorum port, must be a real port
     * @param defaultPartitions partitions of auto-created topics
     */
    public KafkaBroker(Path logDir, int port, int controllerPort, int defaultPartitions) {
        if (port <= 0 || controllerPort <= 0 || port == controllerPort) {
            throw new IllegalArgumentException("Need two distinct ports, got " + port + " and " + controllerPort);
        }
        this.logDir = logDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.defaultPartitions = defaultPartitions;
    }

    /** The address clients connect to, {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /**
     * Formats the log directory if needed, starts the node and waits until a client can see the broker.
     *
     * @throws IllegalStateException if the broker is not reachable within {@code timeout}
     */
    public synchronized void start(Duration timeout) throws Exception {
        if (server != null) {
            throw new IllegalStateException("Kafka broker already started");
        }
        QuietLogging.apply();
        Files.createDirectories(logDir);
        KafkaConfig config = new KafkaConfig(serverProperties(), false);
        if (!isFormatted(logDir)) {
            format();
        }
        // Quarkus starts test resources on a thread whose context class loader is its own; the broker loads
        // plugins (e.g. the share-group state persister) through the TCCL, and its threads inherit it, so it
        // must be the broker's own loader while the server is built and started.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaRaftServer.class.getClassLoader());
        KafkaRaftServer raftServer = null;
        try {
            raftServer = new KafkaRaftServer(config, Time.SYSTEM);
            raftServer.startup();
            server = raftServer;
            awaitReady(timeout);
        } catch (Exception | Error e) {
            server = null;
            if (raftServer != null) {
                stop(raftServer);
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Stops the node; the log directory stays as it is. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (server != null) {
            KafkaRaftServer running = server;
            server = null;
            stop(running);
        }
    }

    /** Whether {@code dir} already holds a formatted KRaft log directory. */
    static boolean isFormatted(Path dir) {
        return Files.isRegularFile(dir.resolve("meta.properties"));
    }

    private Map<String, Object> serverProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic has a single replica.
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "12");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", Integer.toString(defaultPartitions));
        // Consumers join at once instead of waiting 3 s for more members.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Small machine: fewer threads and a 2 MB instead of 128 MB log-cleaner buffer.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        // A restart replays the metadata log since the last snapshot, and the controller appends a no-op record
        // every 500 ms: snapshot every minute instead of every hour so that restarts of a long-running quickstart
        // stay fast.
        p.put("metadata.log.max.snapshot.interval.ms", "60000");
        return p;
    }

    private void format() throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .run();
    }

    /** Startup returns once the broker is unfenced; this also proves that a client can reach it. */
    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminProperties(bootstrapServers()))) {
            while (System.nanoTime() < deadline) {
                try {
                    Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    last = e;
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " not ready after " + timeout, last);
    }

    /** Admin client settings for talking to a local broker; short timeouts so that failures show quickly. */
    static Properties adminProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "evalstream-local-stack");
        return props;
    }

    private static void stop(KafkaRaftServer raftServer) {
        raftServer.shutdown();
        raftServer.awaitShutdown();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", dir=" + logDir + "]";
    }
}
