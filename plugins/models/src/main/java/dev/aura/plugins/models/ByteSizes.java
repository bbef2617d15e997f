package dev.aura.plugins.models;

import java.util.Locale;

/** Sizes the way Ollama prints them: decimal units ("4.7 GB", "274 MB"), so numbers match `ollama list`. */
public final class ByteSizes {
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

    private ByteSizes() {}

    public static String format(long bytes, Locale locale) {
        if (bytes < 0) {
            return "–";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 999.5 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        // one decimal for GB and up and for small MB/KB values; whole numbers when the decimal adds nothing useful
        boolean decimal = unit >= 3 || value < 100;
        return String.format(locale, decimal ? "%.1f %s" : "%.0f %s", value, UNITS[unit]);
    }

    /** "12.3 MB/s"; the unit suffix is the same in every language we ship. */
    public static String formatSpeed(double bytesPerSecond, Locale locale) {
        return format(Math.round(bytesPerSecond), locale) + "/s";
    }
}
