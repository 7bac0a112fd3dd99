package io.evalstream.scoring.arena.human;

import java.util.List;

/** A submission of human labels rejected whole; answered with a 400 problem naming each bad row and field. */
public class HumanLabelsRejected extends RuntimeException {
    private final List<HumanLabelParser.RowError> errors;

    public HumanLabelsRejected(String detail, List<HumanLabelParser.RowError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<HumanLabelParser.RowError> errors() {
        return errors;
    }
}
