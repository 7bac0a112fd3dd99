package io.evalstream.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A tiny {@code /bin/sh} process that outlives this JVM just long enough to clean up after it: once the JVM is
 * gone, it asks PostgreSQL for a fast shutdown ({@code SIGINT}) and, for a temporary stack, deletes the data
 * directory. {@link #close()} (the normal way out) ends the watchdog without it doing anything.
 *
 * <p>Why: PostgreSQL is a separate process, so it survives a JVM that dies without running its shutdown hooks
 * (kill -9, a test fork killed by Maven, a hook that fails because Quarkus already closed its class loader). Left
 * alone it would keep its port, its data directory and its memory until the machine restarts. Kafka needs no such
 * care: it runs inside the JVM and dies with it.
 */
final class ExitWatchdog implements AutoCloseable {

    private final Process process;

    private ExitWatchdog(Process process) {
        this.process = process;
    }

    /**
     * Starts a watchdog for {@code postmasterPid}, deleting {@code temporaryDir} too if it is given. Empty where
     * there is no {@code /bin/sh} (the stack then relies on its shutdown hook alone).
     */
    static Optional<ExitWatchdog> start(long postmasterPid, Path temporaryDir) throws IOException {
        return start(ProcessHandle.current().pid(), postmasterPid, temporaryDir);
    }

    /** As {@link #start(long, Path)}, but watching {@code jvmPid} instead of this JVM (for tests). */
    static Optional<ExitWatchdog> start(long jvmPid, long postmasterPid, Path temporaryDir) throws IOException {
        if (!Files.isExecutable(Path.of("/bin/sh"))) {
            return Optional.empty();
        }
        StringBuilder script = new StringBuilder()
                .append("trap '' INT HUP; ") // a Ctrl-C meant for the JVM must not end the watchdog
                // alive: exists and is not a zombie (kill -0 succeeds on an exited process its parent has not reaped)
                .append("alive() { kill -0 \"$1\" 2>/dev/null || return 1; [ -r /proc/$1/stat ] || return 0; ")
                .append("! grep -q '^[0-9]* (.*) Z ' /proc/$1/stat; }; ")
                .append("while alive ").append(jvmPid).append("; do sleep 1; done; ")
                .append("kill -INT ").append(postmasterPid).append(" 2>/dev/null; ");
        if (temporaryDir != null) {
            script.append("i=0; while alive ").append(postmasterPid).append(" && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done; ")
                    .append("rm -rf ").append(shellQuote(temporaryDir.toAbsolutePath().toString()));
        }
        Process process = new ProcessBuilder("/bin/sh", "-c", script.toString())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return Optional.of(new ExitWatchdog(process));
    }

    /** Ends the watchdog: the stack was stopped properly. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy); // a pending "sleep"
        process.destroy();
    }

    private static String shellQuote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
