package io.evalstream.inference.provider.builtin;

import io.evalstream.contracts.ScoringContext;
import io.evalstream.inference.provider.UnsupportedModelException;
import java.util.List;

/** The labels a built-in model chooses among, or a clear UNSUPPORTED error when the item offers none. */
final class Labels {
    private Labels() {
    }

    static List<String> required(ScoringContext scoring, String model) {
        if (scoring.labels().isEmpty()) {
            throw new UnsupportedModelException("builtin:" + model + " chooses among scoring.labels, and this "
                    + scoring.kind() + " request has none");
        }
        return scoring.labels();
    }
}
