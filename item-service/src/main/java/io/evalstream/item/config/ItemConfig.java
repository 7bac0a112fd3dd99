package io.evalstream.item.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Every tunable of item-service in one typed place, so that a reader finds the knobs, their defaults and
 * their reasons without searching the code for string keys.
 */
@ConfigMapping(prefix = "evalstream.item")
public interface ItemConfig {

    /** JSONL import limits. */
    Imports imports();

    /** Run planning limits. */
    Runs runs();

    /** How requests are handed to Kafka. */
    Emit emit();

    /** Re-emission of runs whose emission did not finish. */
    Recovery recovery();

    /** The generated metalinguistic demo suite. */
    Demo demo();

    /** Cron-style schedules of runs. */
    Schedules schedules();

    interface Schedules {
        /** Whether due schedules are started at all (tests switch it off and fire them with their own clock). */
        @WithDefault("true")
        boolean enabled();

        /** How often due schedules are looked for: the resolution of a schedule's start time. */
        @WithDefault("15s")
        String every();
    }

    interface Imports {
        /**
         * At most this many line errors are listed in a rejection; the rest are counted in the detail. A file
         * with a systematic mistake would otherwise produce a response as large as the file.
         */
        @WithDefault("100")
        int maxReportedErrors();

        /** Largest number of items one import may hold; protects the database and the planner's memory. */
        @WithDefault("1000000")
        int maxItems();
    }

    interface Runs {
        /** Upper bound on repeated samples per variant: a typo such as 10000 should not plan a huge run. */
        @WithDefault("100")
        int maxSamples();

        /** Upper bound on the requests one run may plan, checked before anything is stored or emitted. */
        @WithDefault("10000000")
        long maxRequests();
    }

    interface Emit {
        /**
         * Requests handed to the Kafka producer but not yet acknowledged by the broker. Bounds memory while
         * keeping enough records in flight for the producer to fill large batches.
         */
        @WithDefault("8192")
        int maxInFlight();

        /**
         * How long one emission may wait for broker acknowledgements (for a slot, and for the last ack) before
         * it is declared failed; the run then stays PLANNING and {@link Recovery} re-emits it.
         */
        @WithDefault("PT2M")
        Duration ackTimeout();
    }

    interface Recovery {
        /** Whether the periodic re-emission of stuck runs runs at all (tests switch it off to drive it by hand). */
        @WithDefault("true")
        boolean enabled();

        /** How often runs stuck in PLANNING are looked for. */
        @WithDefault("30s")
        String every();

        /**
         * How long an emitter owns a run before another attempt may take it over. Must exceed
         * {@link Emit#ackTimeout()}, or a slow but healthy emission would be duplicated (harmless, since request
         * ids are deterministic, but wasteful).
         */
        @WithDefault("PT5M")
        Duration lease();
    }

    interface Demo {
        /** The dataset name the demo suite is imported under. */
        @WithDefault("strange-demo")
        String datasetName();

        /** Seed of the generator: the same seed yields the identical suite, hence the same dataset version. */
        @WithDefault("20240607")
        long seed();
    }
}
