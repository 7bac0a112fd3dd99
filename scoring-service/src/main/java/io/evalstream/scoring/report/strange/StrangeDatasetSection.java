package io.evalstream.scoring.report.strange;

import java.util.List;

/**
 * The {@code strange_dataset} section ("I am a Strange Dataset"; PROTOCOLS.md, "Strange Dataset"): verification
 * (label probabilities of True/False), chain of thought and zero-shot generate scores per model and subset, and the
 * control delta.
 */
public record StrangeDatasetSection(String metricVersion, String scorer, double chance, int bootstrapRounds,
        long seed, List<StrangeRow> scores, List<ControlDeltaRow> controlDelta) {
}
