package dev.aura.plugins.analytics.stats;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/** RFC 4180 output: fields with a comma, quote or line break are quoted (quotes doubled); lines end in CRLF. */
final class Csv {
    private final Writer out;
    private boolean firstField = true;

    Csv(Writer out) {
        this.out = out;
    }

    Csv field(Object value) throws IOException {
        if (!firstField) {
            out.write(',');
        }
        firstField = false;
        out.write(escape(value));
        return this;
    }

    void endRow() throws IOException {
        out.write("\r\n");
        firstField = true;
    }

    void row(Object... values) throws IOException {
        for (Object value : values) {
            field(value);
        }
        endRow();
    }

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = switch (value) {
            case Double d when d.isNaN() || d.isInfinite() -> "";
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
