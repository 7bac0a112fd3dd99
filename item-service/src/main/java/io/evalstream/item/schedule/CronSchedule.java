package io.evalstream.item.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A cron expression in UNIX syntax (five fields: minute, hour, day of month, month, day of week; e.g.
 * {@code 0 3 * * *} for 03:00 every night), evaluated in UTC. Parsed with cron-utils, the library Quarkus's own
 * scheduler uses.
 */
public final class CronSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ExecutionTime execution;

    private CronSchedule(String expression, Cron cron) {
        this.expression = expression;
        this.execution = ExecutionTime.forCron(cron);
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code expression} */
    public static CronSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("is required, e.g. \"0 3 * * *\" (minute hour day month weekday, UTC)");
        }
        try {
            Cron cron = PARSER.parse(expression.strip());
            cron.validate();
            return new CronSchedule(expression.strip(), cron);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a UNIX cron expression (minute hour day month weekday): "
                    + e.getMessage(), e);
        }
    }

    /** The first time strictly after {@code after} at which the schedule fires. */
    public Instant nextAfter(Instant after) {
        return execution.nextExecution(ZonedDateTime.ofInstant(after, ZoneOffset.UTC))
                .map(ZonedDateTime::toInstant)
                .orElseThrow(() -> new IllegalStateException("cron '" + expression + "' never fires again"));
    }

    public String expression() {
        return expression;
    }
}
