package io.evalstream.cli.command;

import io.evalstream.cli.stack.ProjectLayout;
import io.evalstream.cli.stack.Stack;
import io.evalstream.cli.stack.StackOptions;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts a stack and makes sure it is stopped exactly once, whether the command returns, fails, or the user
 * presses Ctrl-C: every process the CLI started is stopped with it.
 */
final class StackSession implements AutoCloseable {
    private final Stack stack;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread hook;

    private StackSession(Stack stack) {
        this.stack = stack;
        this.hook = new Thread(this::stop, "evalstream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static StackSession start(StackOptions options, PrintStream out) throws Exception {
        return new StackSession(Stack.start(ProjectLayout.discover(), options, out));
    }

    Stack stack() {
        return stack;
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C or SIGTERM); the hook then stops the stack. */
    void serveForever(PrintStream out) throws InterruptedException {
        out.println("Serving. Press Ctrl-C to stop every process evalstream started.");
        new CountDownLatch(1).await();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            System.out.println("Stopping services, Kafka and PostgreSQL ...");
            stack.close();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
