package io.evalstream.contracts;

/**
 * Topic names, used verbatim as SmallRye channel names so that configuration, code and tests share one
 * spelling. Keys: every topic but {@link #EVAL_RUNS} is keyed by {@link Keys#itemKey(String, String)} so
 * that all variants, models and judge calls of one item land on one partition.
 */
public final class Topics {
    /** {@code RunPlanned}, {@code RunCancelled}; key: runId. */
    public static final String EVAL_RUNS = "eval-runs";
    /** {@code EvaluationRequested}; key: runId:itemId. */
    public static final String EVAL_REQUESTS = "eval-requests";
    /** {@code ResponseReceived}; key: runId:itemId. */
    public static final String EVAL_RESPONSES = "eval-responses";
    /** {@code SampleScored}; key: runId:itemId. */
    public static final String EVAL_SCORES = "eval-scores";
    /** {@code RunStatusChanged}, {@code RegressionDetected}; key: runId. */
    public static final String EVAL_RUN_STATUS = "eval-run-status";
    /**
     * Items streamed into datasets (not events: plain JSON written by anyone,
     * {@code {"dataset":"name","item":{...one JSONL item...}}}); key: the dataset name. item-service appends them.
     */
    public static final String EVAL_ITEMS = "eval-items";

    /** Default partition count: the upper bound on consumer parallelism per topic. */
    public static final int DEFAULT_PARTITIONS = 12;

    /** Every topic the system produces to, for brokers that do not auto-create topics. */
    public static final java.util.List<String> ALL =
            java.util.List.of(EVAL_RUNS, EVAL_REQUESTS, EVAL_RESPONSES, EVAL_SCORES, EVAL_RUN_STATUS, EVAL_ITEMS);

    private Topics() {
    }

    /** The dead-letter topic SmallRye uses for an incoming channel (its default naming). */
    public static String deadLetter(String channel) {
        return "dead-letter-topic-" + channel;
    }
}
