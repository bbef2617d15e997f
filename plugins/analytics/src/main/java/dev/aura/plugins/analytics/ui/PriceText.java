package dev.aura.plugins.analytics.ui;

import java.math.BigDecimal;

/** Prices as the user types them: a plain decimal with a dot ("0.15"), blank meaning 0. */
final class PriceText {
    private PriceText() {}

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** @throws IllegalArgumentException naming the model and the text when it is not a number of at least 0 */
    static double parse(String text, String model) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(t);
            if (value < 0 || !Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidPriceException(model, text);
        }
    }

    /** A price that is not a number; the view model turns it into a message in the user's language. */
    static final class InvalidPriceException extends IllegalArgumentException {
        final String model;
        final String text;

        InvalidPriceException(String model, String text) {
            super("'" + text + "' is not a price for " + model);
            this.model = model;
            this.text = text;
        }
    }
}
