package io.evalstream.scoring.stream;

import io.evalstream.contracts.RunStatusChanged;
import io.evalstream.scoring.store.RunProgress;

/** Maps stored progress to the {@code RunStatusChanged} contract. */
public final class RunStatusEvents {
    /** Message sent while the plan has not arrived: the contract's {@code planned} is then 0. */
    public static final String PLAN_NOT_KNOWN = "planned count not known yet (RunPlanned not received)";

    private RunStatusEvents() {
    }

    public static RunStatusChanged of(RunProgress progress) {
        return RunStatusChanged.of(progress.runId(), progress.state(),
                progress.planned() == null ? 0 : progress.planned(), progress.received(), progress.errors(),
                progress.planned() == null ? PLAN_NOT_KNOWN : null);
    }
}
