package io.evalstream.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The watchdog, with {@code sleep} processes standing in for the JVM and for PostgreSQL. */
class ExitWatchdogTest {

    @TempDir
    Path tmp;

    @Test
    void stopsThePostmasterAndDeletesTheTemporaryDirectoryOnceTheJvmIsGone() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Process jvm = new ProcessBuilder("sleep", "300").start();
        Process postmaster = new ProcessBuilder("sleep", "300").start();
        Path dataDir = Files.createDirectories(tmp.resolve("stack's data").resolve("postgres"));
        Files.writeString(dataDir.resolve("file"), "x");
        try (ExitWatchdog watchdog = ExitWatchdog.start(jvm.pid(), postmaster.pid(), dataDir.getParent()).orElseThrow()) {
            Thread.sleep(1200);
            assertThat(postmaster.isAlive()).as("nothing happens while the JVM lives").isTrue();

            jvm.destroyForcibly();
            assertThat(postmaster.waitFor(10, TimeUnit.SECONDS)).as("postmaster interrupted").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (Files.exists(dataDir.getParent()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(dataDir.getParent()).doesNotExist();
        } finally {
            jvm.destroyForcibly();
            postmaster.destroyForcibly();
        }
    }

    @Test
    void closingTheWatchdogDisarmsIt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh");
        Process jvm = new ProcessBuilder("sleep", "300").start();
        Process postmaster = new ProcessBuilder("sleep", "300").start();
        Path dir = Files.createDirectories(tmp.resolve("kept"));
        try {
            ExitWatchdog.start(jvm.pid(), postmaster.pid(), dir).orElseThrow().close();
            jvm.destroyForcibly();
            Thread.sleep(2000);
            assertThat(postmaster.isAlive()).isTrue();
            assertThat(dir).exists();
        } finally {
            jvm.destroyForcibly();
            postmaster.destroyForcibly();
        }
    }
}
