package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.Bucket;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Numbers, money, durations and times as the user reads them, in the user's locale; "–" where there is no value. */
final class Formats {
    static final String NONE = "–";
    private final Messages messages;
    private final Locale locale;
    private final ZoneId zone;

    Formats(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.locale = messages.locale();
        this.zone = zone;
    }

    Messages messages() {
        return messages;
    }

    ZoneId zone() {
        return zone;
    }

    String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** 1,234 or 12.3k or 4.5M: tiles and axes have little room. */
    String compact(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e6) {
            return decimal(value / 1e6, 1) + "M";
        }
        if (abs >= 1e4) {
            return decimal(value / 1e3, 1) + "k";
        }
        return count(Math.round(value));
    }

    String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** With the currency's symbol; small amounts keep enough digits to be more than zero. */
    String money(double value, String currency) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException e) {
            return decimal(value, 4) + " " + currency;
        }
        int digits = value != 0 && Math.abs(value) < 1 ? 4 : 2;
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    String millis(Double ms) {
        if (ms == null || ms.isNaN()) {
            return NONE;
        }
        return ms >= 10_000 ? messages.text("ui.unit.seconds", decimal(ms / 1000, 1))
                : messages.text("ui.unit.ms", count(Math.round(ms)));
    }

    String millis(Long ms) {
        return ms == null ? NONE : millis(ms.doubleValue());
    }

    String rate(Double tokensPerSecond) {
        return tokensPerSecond == null || tokensPerSecond.isNaN() ? NONE
                : messages.text("ui.unit.tokensPerSecond", decimal(tokensPerSecond, 1));
    }

    String percent(double fraction) {
        return decimal(fraction * 100, fraction != 0 && Math.abs(fraction) < 0.01 ? 2 : 1) + "%";
    }

    /** "+12.5%" / "−3%"; null change is "no comparison". */
    String change(Double change) {
        if (change == null) {
            return messages.text("ui.tile.noChange");
        }
        String sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return messages.text("ui.tile.change", sign + percent(Math.abs(change)));
    }

    String dateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(at);
    }

    /** For dense tables: "22/11/2026, 07:38" in the user's style. */
    String shortDateTime(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(zone).format(at);
    }

    /** A chart category: "14:00" per hour ("3 Nov 14:00" over several days), "3 Nov" per day. */
    String bucket(Instant start, Bucket bucket, boolean severalDays) {
        DateTimeFormatter f = bucket == Bucket.DAY ? DateTimeFormatter.ofPattern("d MMM", locale)
                : DateTimeFormatter.ofPattern(severalDays ? "d MMM HH:mm" : "HH:mm", locale);
        return f.withZone(zone).format(start);
    }

    String date(Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(at);
    }
}
