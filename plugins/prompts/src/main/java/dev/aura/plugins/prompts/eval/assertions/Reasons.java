package dev.aura.plugins.prompts.eval.assertions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Shared wording and JavaScript-style number formatting, so reasons read exactly like promptfoo's. */
public final class Reasons {
    public static final String PASSED = "Assertion passed";

    private Reasons() {
    }

    /** A number as JavaScript's {@code String(n)} writes it: 5, 0.25, 1e-7. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            return Long.toString((long) value);
        }
        double abs = Math.abs(value);
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        if (abs >= 1e-6 && abs < 1e21) {
            return decimal.toPlainString();
        }
        return exponential(decimal);
    }

    /** JavaScript's {@code n.toPrecision(digits)}: 0.0012, 1.2e+2. */
    public static String toPrecision(double value, int digits) {
        if (value == 0) {
            return digits > 1 ? "0." + "0".repeat(digits - 1) : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -6 || exponent >= digits) {
            String mantissa = rounded.movePointLeft(exponent).setScale(digits - 1, RoundingMode.HALF_UP)
                    .toPlainString();
            return mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
        }
        return rounded.setScale(Math.max(0, digits - 1 - exponent), RoundingMode.HALF_UP).toPlainString();
    }

    /** JavaScript's {@code n.toFixed(2)}. */
    public static String twoDecimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A value as JavaScript's {@code String(v)} writes it: numbers without a needless ".0". */
    public static String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    private static String exponential(BigDecimal decimal) {
        int exponent = decimal.precision() - decimal.scale() - 1;
        String mantissa = decimal.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }
}
