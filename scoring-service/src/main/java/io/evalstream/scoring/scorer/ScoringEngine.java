package io.evalstream.scoring.scorer;

import io.evalstream.contracts.ErrorInfo;
import io.evalstream.contracts.ResponseReceived;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Gives every terminal response exactly one score (invariant 4: every request ends and is counted).
 * ERROR and TIMEOUT become {@code ERROR} (counted apart, never wrong); REFUSED becomes {@code UNSCORED} with the
 * reason; a kind or read mode without a scorer, or a scorer that fails, becomes {@code UNSCORED} with an
 * explanation, so a run still completes and the gap is visible instead of blocking the partition.
 */
@ApplicationScoped
public class ScoringEngine {
    /** Scorer name stored when no scorer is registered for the response's kind and read mode. */
    public static final String NO_SCORER = "none";

    private static final Logger LOG = Logger.getLogger(ScoringEngine.class);

    private final ScorerRegistry registry;

    public ScoringEngine(ScorerRegistry registry) {
        this.registry = registry;
    }

    public ScoredResponse score(ResponseReceived response) {
        Optional<Scorer> scorer = registry.find(response.scoring().kind(), response.scoring().readMode());
        String name = scorer.map(Scorer::name).orElse(NO_SCORER);
        String filter = scorer.map(Scorer::filter).orElse(null);
        Score score = switch (response.status()) {
            case ERROR, TIMEOUT -> Score.error(filter, describe(response.status().name(), response.error()));
            case REFUSED -> Score.unscored(filter, describe("model refused", response.error()));
            case OK -> scorer.map(s -> scoreSafely(s, response))
                    .orElseGet(() -> Score.unscored(null, "no scorer for kind '" + response.scoring().kind()
                            + "' read as '" + response.scoring().readMode() + "'"));
        };
        return new ScoredResponse(response, name, score);
    }

    private static Score scoreSafely(Scorer scorer, ResponseReceived response) {
        try {
            return scorer.score(response);
        } catch (RuntimeException e) {
            LOG.warnf(e, "scorer %s failed on request %s", scorer.name(), response.requestId());
            return Score.unscored(scorer.filter(), "scorer failed: " + e);
        }
    }

    private static String describe(String what, ErrorInfo error) {
        if (error == null) {
            return what;
        }
        StringBuilder text = new StringBuilder(what);
        if (error.kind() != null) {
            text.append(": ").append(error.kind());
        }
        if (error.httpStatus() != null) {
            text.append(" (HTTP ").append(error.httpStatus()).append(')');
        }
        if (error.message() != null && !error.message().isBlank()) {
            text.append(" - ").append(error.message());
        }
        return text.toString();
    }
}
