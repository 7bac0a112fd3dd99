package io.evalstream.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Supplies a real Kafka broker and a real PostgreSQL to {@code @QuarkusTest}s:
 * {@code @QuarkusTestResource(LocalStackResource.class)}.
 *
 * <p>Why one stack per JVM, stopped by a shutdown hook and not by {@link #stop()}: starting a broker and a
 * database costs seconds, and Quarkus restarts the application (calling {@code start}/{@code stop} again) for
 * every change of test profile or resource set. Keeping the stack for the whole test JVM makes every test class
 * after the first start instantly, and gives Quarkus identical configuration so it can reuse the running
 * application. Tests must therefore not depend on a clean broker or database: use fresh ids (run ids, group ids).
 *
 * <p>The stack is shared through system properties rather than a static field alone, because Quarkus may load
 * this class in more than one class loader in one JVM; a second copy finds the running stack there instead of
 * starting another one.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String DATASOURCE_JDBC_URL = "quarkus.datasource.jdbc.url";
    public static final String DATASOURCE_USERNAME = "quarkus.datasource.username";
    public static final String DATASOURCE_PASSWORD = "quarkus.datasource.password";

    private static final String PREFIX = "evalstream.local-stack.";

    /**
     * A string literal is interned, so this is one monitor for the whole JVM, whichever class loader loaded this
     * class; it serialises the check-then-start below across those loaders.
     */
    private static final String JVM_WIDE_LOCK = "io.evalstream.localstack.LocalStackResource#start";

    /** Starts the shared stack if this JVM has none yet, and returns its configuration. */
    @Override
    public Map<String, String> start() {
        return config();
    }

    /** Deliberately does nothing: the shared stack stops when the JVM exits. */
    @Override
    public void stop() {
    }

    /**
     * The Quarkus configuration of the JVM-wide stack ({@link #KAFKA_BOOTSTRAP_SERVERS},
     * {@link #DATASOURCE_JDBC_URL}, {@link #DATASOURCE_USERNAME}, {@link #DATASOURCE_PASSWORD}), starting the stack
     * on first use. Also usable from plain JUnit tests that need the infrastructure without Quarkus.
     */
    public static Map<String, String> config() {
        synchronized (JVM_WIDE_LOCK) {
            if (System.getProperty(PREFIX + KAFKA_BOOTSTRAP_SERVERS) == null) {
                LocalStack stack = LocalStack.builder().build();
                // Before start: a JVM told to exit while the stack starts still stops what had started.
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "evalstream-local-stack-stop"));
                stack.start();
                System.setProperty(PREFIX + DATASOURCE_JDBC_URL, stack.jdbcUrl());
                System.setProperty(PREFIX + DATASOURCE_USERNAME, stack.dbUser());
                System.setProperty(PREFIX + DATASOURCE_PASSWORD, stack.dbPassword());
                System.setProperty(PREFIX + KAFKA_BOOTSTRAP_SERVERS, stack.kafkaBootstrapServers()); // last: marks "ready"
            }
            return Map.of(
                    KAFKA_BOOTSTRAP_SERVERS, System.getProperty(PREFIX + KAFKA_BOOTSTRAP_SERVERS),
                    DATASOURCE_JDBC_URL, System.getProperty(PREFIX + DATASOURCE_JDBC_URL),
                    DATASOURCE_USERNAME, System.getProperty(PREFIX + DATASOURCE_USERNAME),
                    DATASOURCE_PASSWORD, System.getProperty(PREFIX + DATASOURCE_PASSWORD));
        }
    }
}
