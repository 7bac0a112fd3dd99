package io.evalstream.scoring.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the per-run Prometheus gauges ({@code evalstream.run-gauges.*}). */
@ConfigMapping(prefix = "evalstream.run-gauges")
public interface RunGaugeConfig {
    /** How often the gauges are re-read from PostgreSQL (a scrape never queries the database itself). */
    @WithDefault("5s")
    Duration interval();

    /** The most recently updated runs exported: bounds the label cardinality Prometheus has to keep. */
    @WithDefault("20")
    int runs();
}
