package dev.aura.plugins.automation.validation;

import dev.aura.plugins.automation.cron.CronSchedule;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Trigger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one trigger: a cron expression that parses, an interval of at least a minute, a folder watch on a folder the
 * workflow was granted (or inside one), and debounce and interval values that are not negative. Only the paths are
 * compared, so a workflow can be validated before its folders exist.
 */
public final class TriggerValidator {
    /** Shorter intervals would mostly start runs that overlap their predecessor. */
    public static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);

    public List<Problem> validate(Trigger trigger, Permissions permissions) {
        List<Problem> problems = new ArrayList<>();
        switch (trigger) {
            case Trigger.Cron c -> {
                try {
                    CronSchedule.parse(c.expression());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(null, "The cron trigger is not valid. " + e.getMessage()));
                }
            }
            case Trigger.Interval i -> {
                if (i.every() == null || i.every().compareTo(SHORTEST_INTERVAL) < 0) {
                    problems.add(new Problem(null, "The interval trigger runs every " + describe(i.every())
                            + ", but the shortest interval is 1 minute. Use 1m or more, or a cron schedule."));
                }
            }
            case Trigger.FolderWatch w -> checkWatch(w, permissions, problems);
            case Trigger.Manual m -> { }
            case Trigger.AppStart a -> { }
        }
        return problems;
    }

    private static void checkWatch(Trigger.FolderWatch watch, Permissions permissions, List<Problem> problems) {
        if (watch.folder() == null || watch.folder().toString().isBlank()) {
            problems.add(new Problem(null, "A folder watch trigger has no folder. Choose the folder to watch."));
            return;
        }
        Path folder = watch.folder().toAbsolutePath().normalize();
        boolean granted = permissions.folders().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .anyMatch(folder::startsWith);
        if (!granted) {
            problems.add(new Problem(null, "The folder watch on " + watch.folder() + " is not among the folders this"
                    + " workflow may use. Add " + watch.folder() + " (or a folder around it) to the granted folders,"
                    + " or watch a granted folder."));
        }
        if (watch.debounce() != null && watch.debounce().isNegative()) {
            problems.add(new Problem(null, "The folder watch on " + watch.folder() + " has a negative debounce."
                    + " Use a wait such as 2s, or leave it out for the default of 2 seconds."));
        }
    }

    private static String describe(Duration every) {
        if (every == null) {
            return "(no time given)";
        }
        long ms = every.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
