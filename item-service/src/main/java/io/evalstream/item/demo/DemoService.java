package io.evalstream.item.demo;

import io.evalstream.item.config.ItemConfig;
import io.evalstream.item.dataset.DatasetService;
import io.evalstream.item.dataset.ImportResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Imports the generated demo suite through the ordinary import path (same validation, same versioning), so
 * the demo exercises exactly what a user's file would. Idempotent: the seed fixes the content, and identical
 * content returns the existing version.
 */
@ApplicationScoped
public class DemoService {
    private final DatasetService datasets;
    private final ItemConfig config;

    public DemoService(DatasetService datasets, ItemConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    public ImportResult importDemo() {
        return datasets.importJsonl(config.demo().datasetName(), StrangeDemoSuite.jsonl(config.demo().seed()));
    }

    /** The built-in arena prompt set ({@link ArenaDemoPrompts}), idempotent like the demo suite. */
    public ImportResult importArenaDemo() {
        return datasets.importJsonl(ArenaDemoPrompts.DATASET, ArenaDemoPrompts.jsonl());
    }
}
