package dev.aura.plugins.models;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates of models in words ("3 days ago", "in 4 minutes") and in full, in the user's language and time zone. */
public final class ModelTimes {
    /** Ollama reports a far-future expiry for models kept loaded forever (keep_alive -1). */
    private static final Duration FOREVER = Duration.ofDays(365L * 50);

    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter absolute;

    public ModelTimes(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.absolute = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale())
                .withZone(clock.getZone());
    }

    public Clock clock() {
        return clock;
    }

    /** "just now", "5 minutes ago", "in 2 hours"; a dash when Ollama gave no time. */
    public String relative(Instant time) {
        if (!known(time)) {
            return messages.text("time.unknown");
        }
        Duration delta = Duration.between(clock.instant(), time);
        if (delta.compareTo(FOREVER) > 0) {
            return messages.text("time.forever");
        }
        Duration magnitude = delta.abs();
        if (magnitude.toSeconds() < 45) {
            return messages.text("time.justNow");
        }
        String amount = amount(magnitude);
        return messages.text(delta.isNegative() ? "time.ago" : "time.in", amount);
    }

    public String absolute(Instant time) {
        return known(time) ? absolute.format(time) : messages.text("time.unknown");
    }

    private String amount(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0));
        if (minutes < 60) {
            return messages.text("time.minutes", minutes);
        }
        long hours = Math.round(d.toMinutes() / 60.0);
        if (hours < 24) {
            return messages.text("time.hours", hours);
        }
        long days = Math.round(d.toHours() / 24.0);
        if (days < 14) {
            return messages.text("time.days", days);
        }
        if (days < 60) {
            return messages.text("time.weeks", Math.round(days / 7.0));
        }
        if (days < 365) {
            return messages.text("time.months", Math.round(days / 30.44));
        }
        return messages.text("time.years", Math.round(days / 365.25));
    }

    private static boolean known(Instant time) {
        return time != null && !time.equals(Instant.EPOCH);
    }
}
