package io.evalstream.localstack;

import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * Runs the {@link LocalStack} as a process of its own, for the quickstart:
 * {@code java -cp ... io.evalstream.localstack.LocalStackMain [--data DIR] [--kafka-port N] [--postgres-port N]}.
 *
 * <p>Once both servers are ready it prints exactly one line to stdout,
 * {@code READY kafka=<bootstrap> jdbc=<url> user=<u> password=<p>}, which a launcher can wait for and parse;
 * then it stays up until SIGTERM or Ctrl-C, when a shutdown hook stops both servers cleanly.
 *
 * <p>A launcher that prefers to run the stack inside its own JVM uses {@link #startInProcess(LocalStack.Builder)}
 * and {@link #running()} instead.
 */
public final class LocalStackMain {

    /** The default data directory, relative to the working directory: data survives restarts. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".evalstream");

    private static LocalStack running;
    private static Thread runningHook;

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        configureLogging();
        LocalStack.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(usage());
            return;
        }
        LocalStack stack;
        try {
            stack = startInProcess(builder);
        } catch (RuntimeException e) {
            System.err.println("evalstream local stack failed to start: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }
        System.out.println(readyLine(stack));
        System.out.flush();
        new CountDownLatch(1).await(); // until the JVM is asked to exit; the shutdown hook closes the stack
    }

    /**
     * Starts a stack in this JVM, stopped by a shutdown hook at exit (or by {@link #stopInProcess()}), and makes it
     * available through {@link #running()}. At most one such stack at a time. The hook is registered before the
     * stack starts, so that a SIGTERM during startup still stops whatever had started.
     *
     * @throws IllegalStateException if one is already running, or if it fails to start
     */
    public static synchronized LocalStack startInProcess(LocalStack.Builder builder) {
        if (running != null) {
            throw new IllegalStateException("A local stack is already running in this JVM: " + running);
        }
        LocalStack stack = builder.build();
        Thread hook = new Thread(stack::close, "evalstream-local-stack-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.start();
        } catch (RuntimeException e) {
            removeHook(hook);
            throw e;
        }
        running = stack;
        runningHook = hook;
        return stack;
    }

    /** Stops the stack started by {@link #startInProcess(LocalStack.Builder)}, if any. */
    public static synchronized void stopInProcess() {
        if (running != null) {
            try {
                running.close();
            } finally {
                removeHook(runningHook);
                running = null;
                runningHook = null;
            }
        }
    }

    /** The stack started by {@link #startInProcess(LocalStack.Builder)} or {@link #main(String[])}, if any. */
    public static synchronized Optional<LocalStack> running() {
        return Optional.ofNullable(running);
    }

    /**
     * Makes the JBoss LogManager (where this module sends the broker's and zonky's logging) the JDK's log manager
     * too, as Quarkus does, and sends WARN and above to stderr, replacing any default console handler. For a
     * process that owns its logging: {@link #main(String[])}, or a launcher running the stack in-process without
     * Quarkus.
     *
     * <p>Why: it must happen before anything logs, otherwise the LogManager reports "accessed before the
     * java.util.logging.manager system property was set"; and the LogManager's default handler writes to stdout,
     * which is reserved for the READY line that launchers parse.
     */
    public static void configureLogging() {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        }
        org.jboss.logmanager.Logger root = org.jboss.logmanager.Logger.getLogger("");
        ConsoleHandler stderr = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR,
                new PatternFormatter("%d %-5p [%c] %s%e%n"));
        stderr.setLevel(Level.WARNING);
        root.setHandlers(new Handler[] {stderr});
    }

    /** {@code READY kafka=<bootstrap> jdbc=<url> user=<u> password=<p>}. */
    public static String readyLine(LocalStack stack) {
        return "READY kafka=" + stack.kafkaBootstrapServers()
                + " jdbc=" + stack.jdbcUrl()
                + " user=" + stack.dbUser()
                + " password=" + stack.dbPassword();
    }

    /**
     * Parses the command line into stack options; {@code null} for {@code --help}.
     *
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static LocalStack.Builder parse(String[] args) {
        LocalStack.Builder builder = LocalStack.builder().dataDir(DEFAULT_DATA_DIR);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--data" -> builder.dataDir(Path.of(value(args, ++i, arg)));
                case "--temp" -> builder.dataDir(null);
                case "--kafka-port" -> builder.kafkaPort(intValue(args, ++i, arg));
                case "--postgres-port" -> builder.postgresPort(intValue(args, ++i, arg));
                case "--partitions" -> builder.partitions(intValue(args, ++i, arg));
                case "-h", "--help" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return builder;
    }

    static String usage() {
        return """
                Usage: LocalStackMain [--data DIR | --temp] [--kafka-port N] [--postgres-port N] [--partitions N]
                  --data DIR          keep Kafka and PostgreSQL data in DIR (default .evalstream), reused on restart
                  --temp              keep data in a temporary directory, deleted on exit
                  --kafka-port N      Kafka client port (default 0 = a free port)
                  --postgres-port N   PostgreSQL port (default 0 = a free port)
                  --partitions N      partitions per evalstream topic (default 12)""";
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; nothing to undo
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int intValue(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + v);
        }
    }
}
