package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.TimeRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --since today|7d|30d|Nd|YYYY-MM-DD} and {@code --until YYYY-MM-DD} as a {@link TimeRange} in the user's
 * zone, the same ranges the dashboard offers: days start at local midnight and the range ends at the end of the
 * current hour, or of {@code --until}'s day.
 */
final class StatsRange {
    private static final Pattern DAYS = Pattern.compile("(\\d{1,5})d");

    private StatsRange() {}

    static TimeRange parse(String since, String until, Instant now, ZoneId zone, Messages messages) {
        String value = since == null ? "7d" : since.strip().toLowerCase(Locale.ROOT);
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = firstDay(value, today, messages);
        LocalDate last = until == null ? today : date(until.strip(), "--until", messages);
        if (first.isAfter(today)) {
            throw new CliUsageException(messages.text("cli.range.future", first));
        }
        if (last.isBefore(first)) {
            throw new CliUsageException(messages.text("cli.range.backwards", first, last));
        }
        if (until == null) {
            return switch (value) {
                case "today" -> RangePreset.TODAY.resolve(now, zone);
                case "7d" -> RangePreset.LAST_7_DAYS.resolve(now, zone);
                case "30d" -> RangePreset.LAST_30_DAYS.resolve(now, zone);
                default -> RangePreset.custom(first, last, now, zone);
            };
        }
        return RangePreset.custom(first, last, now, zone);
    }

    private static LocalDate firstDay(String value, LocalDate today, Messages messages) {
        if (value.equals("today")) {
            return today;
        }
        Matcher days = DAYS.matcher(value);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n < 1) {
                throw new CliUsageException(messages.text("cli.range.badSince", value));
            }
            return today.minusDays(n - 1L);
        }
        return date(value, "--since", messages);
    }

    private static LocalDate date(String value, String option, Messages messages) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliUsageException(option.equals("--since")
                    ? messages.text("cli.range.badSince", value)
                    : messages.text("cli.range.badUntil", value));
        }
    }
}
