package dev.aura.plugins.automation.cron;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A parsed five-field (Unix) cron expression: its plain-English description and its next run times. */
public final class CronSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final Cron cron;
    private final ExecutionTime executionTime;

    private CronSchedule(String expression, Cron cron) {
        this.expression = expression;
        this.cron = cron;
        this.executionTime = ExecutionTime.forCron(cron);
    }

    /** @throws InvalidCronException with what is wrong and an example of a valid expression */
    public static CronSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidCronException("The cron expression is empty. Write five fields, for example"
                    + " '0 9 * * 1-5' (09:00 on weekdays).");
        }
        String trimmed = expression.strip();
        try {
            Cron cron = PARSER.parse(trimmed);
            cron.validate();
            return new CronSchedule(trimmed, cron);
        } catch (IllegalArgumentException e) {
            throw new InvalidCronException("'" + trimmed + "' is not a valid cron expression: " + e.getMessage()
                    + ". Write five fields (minute hour day-of-month month day-of-week), for example '0 9 * * 1-5'.");
        }
    }

    public String expression() {
        return expression;
    }

    /** For example "at 09:00 at Monday through Friday days" (cron-utils' English wording). */
    public String describe() {
        return CronDescriptor.instance(Locale.ENGLISH).describe(cron);
    }

    /** The next {@code count} run times strictly after {@code from}, in {@code zone}. */
    public List<ZonedDateTime> nextRuns(Instant from, ZoneId zone, int count) {
        List<ZonedDateTime> runs = new ArrayList<>();
        ZonedDateTime cursor = from.atZone(zone);
        while (runs.size() < count) {
            Optional<ZonedDateTime> next = executionTime.nextExecution(cursor);
            if (next.isEmpty()) {
                break;
            }
            runs.add(next.get());
            cursor = next.get();
        }
        return List.copyOf(runs);
    }

    /** The five next run times, as shown next to a schedule. */
    public List<ZonedDateTime> nextFiveRuns(Instant from, ZoneId zone) {
        return nextRuns(from, zone, 5);
    }
}
