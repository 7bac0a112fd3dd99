package io.evalstream.scoring.drilldown;

import io.evalstream.scoring.store.ScoreRecord;
import java.util.List;

/**
 * One scored item for the drill-down: the stored score row plus what the model was asked ({@code prompt}, as
 * item-service rendered it), what it answered ({@code response}, raw text), the option labels in display order
 * and the error kind when it did not answer. Texts are null for rows stored before they were kept.
 */
public record ItemDetail(ScoreRecord score, String prompt, String response, List<String> labels, String errorKind) {
}
