package io.evalstream.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and peak resident memory of a process, read from Linux's /proc. CPU includes the process's
 * reaped children (cutime/cstime), so PostgreSQL backends that came and went are still counted.
 */
public final class ProcessStats {
    /** USER_HZ: the unit of /proc/PID/stat times; 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** Seconds of CPU (user + system, including reaped children); 0 if the process is gone. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may contain spaces: fields are counted after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Peak resident set size in MiB (VmHWM); 0 if unknown. */
    public static double peakRssMiB(long pid) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
            for (String line : lines) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // fall through
        }
        return 0;
    }

    /** Physical memory of the machine in GiB, from /proc/meminfo; 0 if unknown. */
    public static double totalMemoryGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return 0;
    }
}
