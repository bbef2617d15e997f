package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.run.CellResult;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Numbers, times and statuses as the Runs tab shows them, in the user's language. */
public final class RunFormats {
    private final Messages messages;
    private final DateTimeFormatter time;
    private final NumberFormat integer;

    public RunFormats(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        this.integer = NumberFormat.getIntegerInstance(messages.locale());
    }

    public String time(Instant at) {
        return time.format(at);
    }

    /** A wall-clock duration: "0:07", "12:30", "1:02:03". */
    public String duration(long millis) {
        long seconds = Math.max(0, millis) / 1000;
        long h = seconds / 3600;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }

    /** A finished run's duration: "850 ms", "12.4 s", then "1:02". */
    public String runDuration(long millis) {
        return millis < 60_000 ? latency(millis) : duration(millis);
    }

    /** A call's latency: "850 ms", "12.4 s". */
    public String latency(long millis) {
        return millis < 1000 ? messages.text("runs.unit.ms", millis)
                : messages.text("runs.unit.s", String.format(messages.locale(), "%.1f", millis / 1000.0));
    }

    public String tokens(long count) {
        return integer.format(count);
    }

    /** A cost with enough digits for fractions of a cent; "-" when the model has no price. */
    public String cost(Double value) {
        if (value == null) {
            return "–";
        }
        if (value == 0) {
            return "0";
        }
        return value >= 0.01 ? String.format(messages.locale(), "%.2f", value)
                : String.format(messages.locale(), "%.5f", value);
    }

    public String percent(double fraction) {
        return String.format(messages.locale(), "%.0f%%", fraction * 100);
    }

    public String score(double value) {
        return String.format(messages.locale(), "%.2f", value);
    }

    public String status(CellResult.Status status) {
        return messages.text("runs.status." + status.name().toLowerCase());
    }

    /** The first line of an output, cut to {@code max} characters, for a cell. */
    public static String preview(String output, int max) {
        if (output == null || output.isBlank()) {
            return "";
        }
        String flat = output.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
