package io.evalstream.cli.stack;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How to start a stack. {@code dataDir} null means a temporary directory removed on close (tests,
 * benchmarks); ports 0 mean free ports. {@code replicas} runs more than one instance of a service in the
 * same consumer group, which is how evalstream scales past one process.
 */
public record StackOptions(Path dataDir, int kafkaPort, int postgresPort, Map<ServiceName, Integer> ports,
        Map<ServiceName, Integer> replicas, Map<String, String> extraEnv, List<String> jvmOptions) {

    public StackOptions {
        ports = ports == null ? Map.of() : Map.copyOf(ports);
        replicas = replicas == null ? Map.of() : Map.copyOf(replicas);
        extraEnv = extraEnv == null ? Map.of() : Map.copyOf(extraEnv);
        jvmOptions = jvmOptions == null ? defaultJvmOptions() : List.copyOf(jvmOptions);
    }

    /** The quickstart: persistent data, fixed well-known ports. */
    public static StackOptions quickstart(Path dataDir) {
        Map<ServiceName, Integer> ports = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            ports.put(service, service.defaultPort());
        }
        return new StackOptions(dataDir, 19092, 15432, ports, Map.of(), Map.of(), null);
    }

    /** Tests and benchmarks: throw-away data, free ports everywhere. */
    public static StackOptions ephemeral() {
        return new StackOptions(null, 0, 0, Map.of(), Map.of(), Map.of(), null);
    }

    public StackOptions withReplicas(ServiceName service, int count) {
        Map<ServiceName, Integer> copy = new EnumMap<>(ServiceName.class);
        copy.putAll(replicas);
        copy.put(service, count);
        return new StackOptions(dataDir, kafkaPort, postgresPort, ports, copy, extraEnv, jvmOptions);
    }

    public StackOptions withEnv(Map<String, String> env) {
        Map<String, String> copy = new java.util.HashMap<>(extraEnv);
        copy.putAll(env);
        return new StackOptions(dataDir, kafkaPort, postgresPort, ports, replicas, copy, jvmOptions);
    }

    public StackOptions withJvmOptions(List<String> options) {
        return new StackOptions(dataDir, kafkaPort, postgresPort, ports, replicas, extraEnv, options);
    }

    public int portOf(ServiceName service) {
        return ports.getOrDefault(service, 0);
    }

    public int replicasOf(ServiceName service) {
        return replicas.getOrDefault(service, 1);
    }

    /**
     * CompletableFuture's default executor is a new thread per task when the common pool's parallelism is 1 (on
     * two cores or fewer), and the JDK HttpClient completes every {@code sendAsync} through it: inference-service
     * started about 600 threads a second against a model server (JFR, `evalstream bench-provider`).
     */
    static final String COMMON_POOL_PARALLELISM = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=4";

    /**
     * Modest heaps: three services, a broker and a database share two cores and the memory of a laptop. The
     * services stop at the C1 compiler: with five JVMs on two cores, C2 compiler threads were still the largest
     * single CPU consumer of every service after a 40,000-item warm-up (JFR, `evalstream bench --profile`), and
     * C1-only cut the services' CPU per item by about a quarter (docs/benchmarks.md). A deployment with cores to
     * spare (docker-compose.yml) keeps the JVM's default tiered compilation.
     */
    static List<String> defaultJvmOptions() {
        return List.of("-Xms64m", "-Xmx512m", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=2",
                "-XX:TieredStopAtLevel=1", COMMON_POOL_PARALLELISM);
    }
}
