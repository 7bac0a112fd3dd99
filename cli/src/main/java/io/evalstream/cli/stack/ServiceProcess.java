package io.evalstream.cli.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service running as a child process ({@code java -jar quarkus-run.jar}), its output in a log file.
 * Separate processes rather than one JVM: this is how the services are deployed, so the quickstart, the
 * end-to-end test and the benchmark exercise the real thing, Kafka consumer groups included.
 */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ServiceProcess(String name, Process process, int port, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** Starts the jar with the given environment on {@code port}; does not wait for readiness. */
    public static ServiceProcess start(String name, Path jar, Map<String, String> env, List<String> jvmOptions,
            int port, Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, builder.start(), port, logFile);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Polls the readiness probe; fails with the log's tail if the process dies or the timeout passes. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + "; last lines of " + logFile + ":\n" + tail(40));
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; last lines of " + logFile
                + ":\n" + tail(40));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of the log, for error messages. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully: consumers commit, producers flush), then SIGKILL after 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process without a graceful shutdown, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }
}
