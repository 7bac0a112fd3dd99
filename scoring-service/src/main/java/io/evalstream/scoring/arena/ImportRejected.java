package io.evalstream.scoring.arena;

import io.evalstream.scoring.arena.imports.BattleLogParser;
import java.util.List;

/** A battle log rejected whole; answered with a 400 problem listing each bad line and field. */
public class ImportRejected extends RuntimeException {
    private final List<BattleLogParser.LineError> errors;

    public ImportRejected(String detail, List<BattleLogParser.LineError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<BattleLogParser.LineError> errors() {
        return errors;
    }
}
