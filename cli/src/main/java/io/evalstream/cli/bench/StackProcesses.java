package io.evalstream.cli.bench;

import io.evalstream.cli.stack.ServiceProcess;
import io.evalstream.cli.stack.Stack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU and peak memory of every process a stack runs on this machine, grouped as a benchmark reports them: each
 * service instance by name, PostgreSQL (its postmaster and live backends together) and this JVM, which hosts the
 * broker (and, for the provider benchmark, the stub model servers) under the label the caller gives it.
 */
public final class StackProcesses {
    private StackProcesses() {
    }

    /** CPU seconds so far of each group; a benchmark subtracts two snapshots. */
    public static Map<String, Double> cpuSeconds(Stack stack, String thisJvm) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (ServiceProcess process : stack.allServices()) {
            cpu.put(process.name(), ProcessStats.cpuSeconds(process.pid()));
        }
        cpu.put("postgresql", postgres(stack).mapToDouble(p -> ProcessStats.cpuSeconds(p.pid())).sum());
        cpu.put(thisJvm, ProcessStats.cpuSeconds(ProcessHandle.current().pid()));
        return cpu;
    }

    /** Peak resident memory in MiB of each group (PostgreSQL: its largest process). */
    public static Map<String, Double> peakRssMiB(Stack stack, String thisJvm) {
        Map<String, Double> peak = new LinkedHashMap<>();
        for (ServiceProcess process : stack.allServices()) {
            peak.put(process.name(), ProcessStats.peakRssMiB(process.pid()));
        }
        peak.put("postgresql (largest process)",
                postgres(stack).mapToDouble(p -> ProcessStats.peakRssMiB(p.pid())).max().orElse(0));
        peak.put(thisJvm, ProcessStats.peakRssMiB(ProcessHandle.current().pid()));
        return peak;
    }

    /** The postmaster and its live backends (exited backends are in the postmaster's children's CPU time). */
    private static Stream<ProcessHandle> postgres(Stack stack) {
        return stack.postgresPid().stream().mapToObj(ProcessHandle::of).flatMap(Optional::stream)
                .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()));
    }
}
