package io.evalstream.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** One line per live event of {@code evalstream watch}: a regression, or a run whose state changed. */
public final class LiveEventLine {
    private LiveEventLine() {
    }

    /** "REGRESSION suite/model run-b vs run-a: accuracy 90.0% -> 50.0% (effect -40.0 points, p=1.2e-09, mcnemar-exact, n=300)". */
    public static String regression(JsonNode r) {
        return String.format(Locale.ROOT,
                "REGRESSION %s / %s  %s vs %s: %s %.1f%% -> %.1f%% (effect %+.1f points, p=%.2g, %s, n=%d)",
                r.path("suite").asText(), r.path("model").asText(), r.path("runId").asText(),
                r.path("previousRunId").asText(), r.path("metric").asText(), 100 * r.path("before").path("value")
                        .asDouble(), 100 * r.path("after").path("value").asDouble(), 100 * r.path("effect").asDouble(),
                r.path("pValue").asDouble(), r.path("test").asText(), r.path("after").path("n").asLong());
    }

    /** "run run-1 RUNNING  [####....] 50.0% 5/10 ..." from a progress event. */
    public static String progress(JsonNode p) {
        Double rate = p.path("ratePerSecond").isNumber() ? p.path("ratePerSecond").asDouble() : null;
        Double eta = p.path("etaSeconds").isNumber() ? p.path("etaSeconds").asDouble() : null;
        return String.format(Locale.ROOT, "run %s %-9s %s", p.path("runId").asText(), p.path("state").asText(),
                ProgressBar.render(p.path("received").asLong(), p.path("planned").asLong(), p.path("errors").asLong(),
                        rate, eta, 20));
    }
}
