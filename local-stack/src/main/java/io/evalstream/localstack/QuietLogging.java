package io.evalstream.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * Turns the embedded servers' own logging down to WARN.
 *
 * <p>Why: an in-process Kafka broker logs several megabytes at INFO (every partition, every segment, every
 * request handler), which would drown the output of the tests and of the quickstart. The broker, the Kafka
 * clients and zonky log through slf4j and the log4j2 API, which this module routes to the JBoss LogManager (the
 * logging backend of Quarkus), so the levels are set there. Loggers are held in a static list so that a level
 * set here cannot be lost when a logger is garbage collected. A service that wants more detail can still raise a
 * category in its own configuration (for example {@code quarkus.log.category."kafka".level}).
 */
final class QuietLogging {

    /** Categories of the broker ({@code kafka}, {@code state.change.logger}), Kafka clients and zonky. */
    static final List<String> CATEGORIES = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "io.zonky.test", "org.postgresql");

    private static final List<java.util.logging.Logger> HELD = new ArrayList<>();

    private QuietLogging() {
    }

    /** Sets the broker, client and zonky categories to WARN, unless a category already has a level. */
    static synchronized void apply() {
        if (!HELD.isEmpty()) {
            return;
        }
        for (String category : CATEGORIES) {
            java.util.logging.Logger logger = org.jboss.logmanager.Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
            HELD.add(logger);
        }
    }
}
