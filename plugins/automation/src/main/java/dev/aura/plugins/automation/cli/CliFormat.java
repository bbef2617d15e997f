package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.cron.CronSchedule;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.yaml.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How times, durations, statuses and triggers read in the commands' tables and progress lines. */
final class CliFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Messages messages;
    private final ZoneId zone;

    CliFormat(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(zone));
    }

    /** "350 ms", "1.2 s", "2 min 05 s". */
    static String duration(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long ms = duration.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long seconds = ms / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    static String duration(Instant started, Instant finished) {
        return started == null || finished == null ? "-" : duration(Duration.between(started, finished));
    }

    String status(RunStatus status) {
        return status == null ? "-" : messages.text("cli.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** A trigger in plain language: cron expressions are described, not just quoted. */
    String trigger(Trigger trigger) {
        return switch (trigger) {
            case Trigger.Manual m -> messages.text("cli.trigger.manual");
            case Trigger.AppStart a -> messages.text("cli.trigger.appStart");
            case Trigger.Cron c -> messages.text("cli.trigger.cron", c.expression(), cronText(c.expression()));
            case Trigger.Interval i -> messages.text("cli.trigger.interval", Durations.format(i.every()));
            case Trigger.FolderWatch w -> messages.text("cli.trigger.folder", w.folder());
        };
    }

    String triggers(List<Trigger> triggers) {
        return triggers.isEmpty() ? messages.text("cli.trigger.manual")
                : triggers.stream().map(this::trigger).collect(Collectors.joining("; "));
    }

    /** cron-utils' English description; an expression it cannot read (an old version) is shown as written. */
    static String cronText(String expression) {
        try {
            return CronSchedule.parse(expression).describe();
        } catch (RuntimeException e) {
            return expression;
        }
    }
}
