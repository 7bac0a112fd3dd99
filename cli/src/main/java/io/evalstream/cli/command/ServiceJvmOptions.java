package io.evalstream.cli.command;

import io.evalstream.cli.stack.StackOptions;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --jvm-options}: the benchmarks' way to A/B the services' JVM settings without editing the defaults. */
final class ServiceJvmOptions {
    @Option(names = "--jvm-options", split = " ", description = "JVM options of the services, replacing the defaults "
            + "(for tuning experiments), e.g. --jvm-options=\"-Xmx1g -XX:+UseParallelGC\".")
    List<String> options;

    /** {@code stack} with these options, or unchanged when none were given. */
    StackOptions applyTo(StackOptions stack) {
        return options == null || options.isEmpty() ? stack : stack.withJvmOptions(options);
    }
}
