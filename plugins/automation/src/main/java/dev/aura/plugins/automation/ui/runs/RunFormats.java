package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.engine.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times, durations, statuses and triggers as the runs view shows them, in the user's language. */
public final class RunFormats {
    private final Messages messages;
    private final DateTimeFormatter time;

    public RunFormats(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(zone);
    }

    public String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    /** "850 ms", "12.4 s", "3:05", "1:02:03". */
    public String duration(Duration duration) {
        long millis = Math.max(0, duration == null ? 0 : duration.toMillis());
        if (millis < 1000) {
            return messages.text("runs.unit.ms", millis);
        }
        if (millis < 60_000) {
            return messages.text("runs.unit.s", String.format(messages.locale(), "%.1f", millis / 1000.0));
        }
        long seconds = millis / 1000;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    public String status(RunStatus status) {
        return messages.text("runs.status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The stored trigger ("cron 0 9 * * *", "retry of ID") in words. */
    public String trigger(String trigger) {
        if (trigger == null || trigger.isBlank()) {
            return "";
        }
        String kind = trigger.split(" ", 2)[0];
        String rest = trigger.length() > kind.length() ? trigger.substring(kind.length()).strip() : "";
        return switch (kind) {
            case "manual" -> messages.text("runs.trigger.manual");
            case "cron" -> messages.text("runs.trigger.cron", rest);
            case "interval" -> messages.text("runs.trigger.interval", rest);
            case "folder" -> messages.text("runs.trigger.folder", rest);
            case "app-start" -> messages.text("runs.trigger.appStart");
            case "retry" -> messages.text("runs.trigger.retry", rest.startsWith("of ") ? shortId(rest.substring(3))
                    : rest);
            default -> trigger;
        };
    }

    /** The first line of an error, cut to fit a row. */
    public static String oneLine(String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String flat = text.strip().lines().findFirst().orElse("").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    static String shortId(String id) {
        return id.length() <= 8 ? id : id.substring(0, 8);
    }
}
