package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.RunFilter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The history list's filter choices and the store filter they make. */
public final class RunFilters {
    private RunFilters() {}

    public enum Status {
        ALL(null), RUNNING(RunStatus.RUNNING), SUCCEEDED(RunStatus.SUCCEEDED), FAILED(RunStatus.FAILED),
        CANCELLED(RunStatus.CANCELLED);

        final RunStatus status;

        Status(RunStatus status) {
            this.status = status;
        }
    }

    /** The store matches the start of the trigger: a schedule is a cron expression, an interval its own kind. */
    public enum Trigger {
        ALL(null), MANUAL("manual"), SCHEDULE("cron"), INTERVAL("interval"), FOLDER("folder"), APP_START("app-start"),
        RETRY("retry");

        final String prefix;

        Trigger(String prefix) {
            this.prefix = prefix;
        }
    }

    public enum Range { ALL, TODAY, WEEK, MONTH }

    static RunFilter filter(String flowId, Status status, Trigger trigger, Range range, Clock clock) {
        return new RunFilter(flowId, status.status, trigger.prefix, from(range, clock), null);
    }

    static Instant from(Range range, Clock clock) {
        Instant now = clock.instant();
        return switch (range) {
            case ALL -> null;
            case TODAY -> LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
            case WEEK -> now.minus(7, ChronoUnit.DAYS);
            case MONTH -> now.minus(30, ChronoUnit.DAYS);
        };
    }

    /** Whether a live run belongs in the list the filter shows (it is running, so only its start and trigger). */
    static boolean shows(RunFilter filter, RunRow run) {
        return (filter.flowId() == null || filter.flowId().equals(run.flowId()))
                && (filter.status() == null || filter.status() == RunStatus.RUNNING)
                && (filter.trigger() == null || run.trigger().startsWith(filter.trigger()))
                && (filter.from() == null || !run.started().isBefore(filter.from()));
    }
}
