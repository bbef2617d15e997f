package dev.aura.plugins.analytics.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open span of time {@code [from, to)} seen from the user's time zone (days start at local midnight).
 * Statistics are kept per UTC hour, so {@code from} and {@code to} are whole hours.
 */
public record TimeRange(Instant from, Instant to, ZoneId zone) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("The range must end after it starts");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The period of the same length that ends where this one starts, for comparisons. */
    public TimeRange previous() {
        return new TimeRange(from.minus(length()), from, zone);
    }

    public Bucket bucket() {
        return length().compareTo(Duration.ofDays(2)) <= 0 ? Bucket.HOUR : Bucket.DAY;
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
