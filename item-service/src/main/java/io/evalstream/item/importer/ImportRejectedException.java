package io.evalstream.item.importer;

import io.evalstream.item.problem.ProblemError;
import io.evalstream.item.problem.ProblemException;
import io.evalstream.item.problem.ProblemType;

import java.util.List;

/** A dataset file with at least one bad line: the whole file is rejected and nothing is stored (invariant 6). */
public class ImportRejectedException extends ProblemException {
    private final transient List<ProblemError> errors;

    public ImportRejectedException(String detail, List<ProblemError> errors) {
        super(ProblemType.INVALID_IMPORT, detail, errors);
        this.errors = List.copyOf(errors);
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
