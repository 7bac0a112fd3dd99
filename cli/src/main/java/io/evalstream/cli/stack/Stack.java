package io.evalstream.cli.stack;

import io.evalstream.localstack.LocalStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine: embedded Kafka and PostgreSQL in this JVM, the three services as child
 * processes pointed at them. Used by {@code evalstream demo}, {@code evalstream bench} and the end-to-end
 * test, so all three run exactly the same start-up path.
 */
public final class Stack implements AutoCloseable {
    private final LocalStack infrastructure;
    private final Map<ServiceName, List<ServiceProcess>> services;
    private final Path logDir;
    private final ProjectLayout layout;
    private final StackOptions options;
    private final Map<String, String> env = new HashMap<>();

    private Stack(LocalStack infrastructure, Map<ServiceName, List<ServiceProcess>> services, Path logDir,
            ProjectLayout layout, StackOptions options) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.logDir = logDir;
        this.layout = layout;
        this.options = options;
    }

    /**
     * Starts infrastructure, then every service (in parallel, they do not depend on each other at start),
     * and returns once all are ready. On any failure everything already started is stopped again.
     */
    public static Stack start(ProjectLayout layout, StackOptions options, PrintStream out)
            throws IOException, InterruptedException {
        Path logDir = options.dataDir() != null ? options.dataDir().resolve("logs")
                : Files.createTempDirectory("evalstream-logs");
        LocalStack infrastructure = LocalStack.builder()
                .dataDir(options.dataDir())
                .kafkaPort(options.kafkaPort())
                .postgresPort(options.postgresPort())
                .build();
        long started = System.nanoTime();
        infrastructure.start();
        out.printf("  kafka %s, postgresql %s (%.1f s)%n", infrastructure.kafkaBootstrapServers(),
                infrastructure.jdbcUrl(), (System.nanoTime() - started) / 1e9);
        Map<ServiceName, List<ServiceProcess>> services = new EnumMap<>(ServiceName.class);
        Stack stack = new Stack(infrastructure, services, logDir, layout, options);
        try {
            stack.env.putAll(options.extraEnv());
            stack.env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            stack.env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.jdbcUrl());
            stack.env.put("QUARKUS_DATASOURCE_USERNAME", infrastructure.dbUser());
            stack.env.put("QUARKUS_DATASOURCE_PASSWORD", infrastructure.dbPassword());
            List<ServiceProcess> starting = new ArrayList<>();
            for (ServiceName service : ServiceName.values()) {
                services.put(service, new ArrayList<>());
                for (int i = 0; i < options.replicasOf(service); i++) {
                    starting.add(stack.launch(service));
                }
            }
            for (ServiceProcess process : starting) {
                stack.awaitReady(process, out);
            }
            return stack;
        } catch (IOException | InterruptedException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts one more instance of {@code service} in its consumer group, with the same environment and JVM options
     * as the others, and returns once it is ready. A service started with zero replicas starts here: the provider
     * benchmark measures inference-service before scoring-service exists, then starts it to check every response.
     */
    public ServiceProcess addInstance(ServiceName service, PrintStream out) throws IOException, InterruptedException {
        ServiceProcess process = launch(service);
        awaitReady(process, out);
        return process;
    }

    private synchronized ServiceProcess launch(ServiceName service) throws IOException {
        List<ServiceProcess> instances = services.get(service);
        int index = instances.size();
        int port = index == 0 && options.portOf(service) != 0 ? options.portOf(service) : FreePort.pick();
        String name = service.module() + (index == 0 ? "" : "-" + index);
        ServiceProcess process = ServiceProcess.start(name, layout.serviceJar(service), env, options.jvmOptions(),
                port, logDir.resolve(name + ".log"));
        instances.add(process);
        return process;
    }

    private void awaitReady(ServiceProcess process, PrintStream out) throws InterruptedException {
        process.awaitReady(Duration.ofMinutes(3));
        out.printf("  %-20s %s (pid %d, log %s)%n", process.name(), process.baseUrl(), process.pid(),
                process.logFile());
    }

    /** The first instance of a service (the one on the well-known port in the quickstart). */
    public ServiceProcess service(ServiceName name) {
        List<ServiceProcess> instances = services.get(name);
        if (instances.isEmpty()) {
            throw new IllegalStateException(name.module() + " has no running instance in this stack");
        }
        return instances.get(0);
    }

    public synchronized List<ServiceProcess> instances(ServiceName name) {
        return List.copyOf(services.get(name));
    }

    public synchronized List<ServiceProcess> allServices() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    public String jdbcUrl() {
        return infrastructure.jdbcUrl();
    }

    public String dbUser() {
        return infrastructure.dbUser();
    }

    public String dbPassword() {
        return infrastructure.dbPassword();
    }

    /**
     * The PostgreSQL postmaster's pid, from its {@code postmaster.pid}: the server daemonizes, so it is not a
     * descendant of this JVM, and the benchmark must find it to count its CPU.
     */
    public java.util.OptionalLong postgresPid() {
        try {
            String first = Files.readAllLines(infrastructure.dataDir().resolve("postgres/postmaster.pid")).get(0);
            return java.util.OptionalLong.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    public Path logDir() {
        return logDir;
    }

    /** Services first (they flush and commit while the broker is still there), then the infrastructure. */
    @Override
    public void close() {
        for (ServiceName service : ServiceName.values()) {
            List<ServiceProcess> instances = services.containsKey(service) ? instances(service) : List.of();
            instances.parallelStream().forEach(ServiceProcess::close);
        }
        try {
            infrastructure.close();
        } catch (Exception e) {
            System.err.println("warning: stopping local-stack: " + e.getMessage());
        }
    }
}
