package io.evalstream.scoring.scorer;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@link Scorer} bean, indexed by item kind and read mode. Two scorers claiming the same key fail the
 * start-up: which one scored a run must never depend on bean order.
 */
@ApplicationScoped
public class ScorerRegistry {
    private final Map<ScorerKey, Scorer> scorers = new HashMap<>();

    @Inject
    public ScorerRegistry(@All List<Scorer> scorers) {
        for (Scorer scorer : scorers) {
            Scorer previous = this.scorers.putIfAbsent(scorer.key(), scorer);
            if (previous != null) {
                throw new IllegalStateException("two scorers for " + scorer.key() + ": "
                        + previous.getClass().getName() + " and " + scorer.getClass().getName());
            }
        }
    }

    /** The scorer for {@code kind} read in {@code readMode}, if this service has one. */
    public Optional<Scorer> find(String kind, String readMode) {
        if (kind == null) {
            return Optional.empty();
        }
        return ReadMode.parse(readMode).map(mode -> scorers.get(new ScorerKey(kind, mode)));
    }
}
