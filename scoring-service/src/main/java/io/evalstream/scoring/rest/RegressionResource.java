package io.evalstream.scoring.rest;

import io.evalstream.scoring.regression.HistoryPoint;
import io.evalstream.scoring.regression.Regression;
import io.evalstream.scoring.regression.RegressionStore;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Regressions found between consecutive completed runs, and each model's results over the runs of a suite. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "regressions")
public class RegressionResource {
    private static final int MAX_LIMIT = 1000;

    private final RegressionStore store;

    public RegressionResource(RegressionStore store) {
        this.store = store;
    }

    @GET
    @Path("/regressions")
    @Operation(summary = "Detected regressions, newest first (before/after over the paired units, effect, p-value)")
    public List<Regression> regressions(@RestQuery String suite, @RestQuery String model, @RestQuery Integer limit) {
        return store.list(blankToNull(suite), blankToNull(model), Pages.limit(limit, 100, MAX_LIMIT));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Completed runs of a suite per model, oldest first: accuracy with interval and n, "
            + "and whether the run was flagged as a regression")
    public List<HistoryPoint> history(@RestQuery String suite, @RestQuery String model) {
        if (suite == null || suite.isBlank()) {
            throw new InvalidParameterProblem("suite", "suite is required: the history is per suite");
        }
        return store.history(suite, blankToNull(model));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
