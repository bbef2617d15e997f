package dev.aura.plugins.analytics.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The ranges offered in the dashboard and by {@code aura stats --since}. */
public enum RangePreset {
    /** From local midnight to the end of the current hour. */
    TODAY,
    /** The last 7 days including today: from local midnight 6 days ago. */
    LAST_7_DAYS,
    /** The last 30 days including today. */
    LAST_30_DAYS;

    public TimeRange resolve(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        int days = switch (this) {
            case TODAY -> 1;
            case LAST_7_DAYS -> 7;
            case LAST_30_DAYS -> 30;
        };
        Instant from = today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
        return new TimeRange(from, endOfHour(now), zone);
    }

    /** A custom range from local midnight of {@code first} up to the end of {@code last}, or of the current hour. */
    public static TimeRange custom(LocalDate first, LocalDate last, Instant now, ZoneId zone) {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        Instant cap = endOfHour(now);
        return new TimeRange(from, end.isAfter(cap) && cap.isAfter(from) ? cap : end, zone);
    }

    static Instant endOfHour(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }
}
