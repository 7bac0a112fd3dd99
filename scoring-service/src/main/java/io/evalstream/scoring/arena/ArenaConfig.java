package io.evalstream.scoring.arena;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of arenas in scoring-service ({@code evalstream.arena.*}, environment {@code EVALSTREAM_ARENA_*}). */
@ConfigMapping(prefix = "evalstream.arena")
public interface ArenaConfig {
    /**
     * How long a batch owns the ready pairs it claimed while their judge requests are being sent. Must exceed the
     * send timeout; after it, another step (or the sweeper) sends them again, with the same request ids.
     */
    @WithDefault("120s")
    Duration claimLease();

    /** How often the sweeper looks for ready pairs whose claim expired (a batch died between claim and send). */
    @WithDefault("30s")
    Duration sweepInterval();

    /** Smallest interval between two recomputations of one run's ratings while battles keep arriving. */
    @WithDefault("1s")
    Duration debounce();

    /** Bootstrap rounds of the Bradley-Terry intervals (100 to 1,000). */
    @WithDefault("200")
    int bootstrapRounds();

    /** Random match orders of the Elo average ("Elo Uncovered": at least 100). */
    @WithDefault("100")
    int eloOrderings();

    /** Online Elo's K. */
    @WithDefault("4")
    double eloK();

    /** Seed of the bootstrap and of the Elo orderings, so a report is reproducible. */
    @WithDefault("42")
    long seed();
}
