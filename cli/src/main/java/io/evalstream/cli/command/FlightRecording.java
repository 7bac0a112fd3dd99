package io.evalstream.cli.command;

import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.Stack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JFR recording started in a running JVM with {@code jcmd}, so that a benchmark profiles only its measured
 * window: recordings started with the JVM are dominated by start-up class loading and JIT compilation.
 */
final class FlightRecording {
    private static final String NAME = "evalstream-bench";

    private final long pid;
    private final Path file;

    private FlightRecording(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** One recording per service process and one of this JVM, which hosts the embedded broker. */
    static List<FlightRecording> startAll(Stack stack, Path directory) throws IOException, InterruptedException {
        java.nio.file.Files.createDirectories(directory);
        List<FlightRecording> recordings = new ArrayList<>();
        for (ServiceProcess process : stack.allServices()) {
            recordings.add(start(process.pid(), directory.resolve(process.name() + ".jfr")));
        }
        recordings.add(start(ProcessHandle.current().pid(), directory.resolve("kafka-broker+cli.jfr")));
        return recordings;
    }

    private static FlightRecording start(long pid, Path file) throws IOException, InterruptedException {
        jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile");
        return new FlightRecording(pid, file.toAbsolutePath());
    }

    /** Dumps and ends the recording; returns the file written. */
    Path stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
        return file;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> args = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed for pid " + pid + ": " + output);
        }
    }
}
