package dev.aura.plugins.analytics.cli;

import java.util.Locale;

/** Numbers as the CLI prints them: plain digits (scripts parse tables too), "-" where nothing was measured. */
final class Figures {
    private Figures() {}

    static String count(long n) {
        return Long.toString(n);
    }

    static String cost(double value) {
        return String.format(Locale.ROOT, value != 0 && Math.abs(value) < 0.01 ? "%.4f" : "%.2f", value);
    }

    static String ms(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String rate(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A relative change as "+25%" or "-3%"; "-" when it has no meaning. */
    static String change(Double fraction) {
        if (fraction == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.0f%%", fraction * 100);
    }
}
