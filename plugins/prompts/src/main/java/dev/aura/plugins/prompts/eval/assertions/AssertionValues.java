package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.ArrayList;
import java.util.List;

/** Reads an assertion's value the way promptfoo accepts it, or says which value the type needs. */
public final class AssertionValues {
    private AssertionValues() {
    }

    /** A non-empty string or a number, written as text (contains, icontains). */
    public static String stringOrNumber(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof String text && !text.isEmpty()) {
            return text;
        }
        if (value instanceof Number number && !Double.isNaN(number.doubleValue())) {
            return Reasons.text(number);
        }
        throw new AssertionConfigException("The \"" + spec.displayType()
                + "\" assertion needs a string or number value: set its value to the text to look for");
    }

    /** A non-empty string only (starts-with, regex). */
    public static String nonEmptyString(AssertionSpec spec) {
        if (spec.value() instanceof String text && !text.isEmpty()) {
            return text;
        }
        throw new AssertionConfigException("The \"" + spec.displayType()
                + "\" assertion needs a non-empty string value: set its value to the expected text");
    }

    /** A list, or a comma-separated string ("a, b, \"c, d\"") as promptfoo splits it. */
    public static List<String> list(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof String text && !text.isEmpty()) {
            return splitCommaSeparated(spec, text);
        }
        if (value instanceof List<?> items) {
            List<String> texts = new ArrayList<>(items.size());
            for (Object item : items) {
                texts.add(Reasons.text(item));
            }
            return texts;
        }
        throw new AssertionConfigException("The \"" + spec.displayType()
                + "\" assertion needs a list value or a comma-separated string: set its value to the texts to look for");
    }

    /**
     * Splits on commas, trimming fields; a field in double quotes may hold commas, with {@code \"} or {@code ""} for
     * a quote; repeated commas produce no empty fields.
     */
    static List<String> splitCommaSeparated(AssertionSpec spec, String value) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int length = value.length();
        while (i < length) {
            while (i < length && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            if (value.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                boolean terminated = false;
                while (i < length) {
                    char c = value.charAt(i);
                    char next = i + 1 < length ? value.charAt(i + 1) : 0;
                    if ((c == '\\' && (next == '"' || next == '\\')) || (c == '"' && next == '"')) {
                        field.append(next);
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        terminated = true;
                        break;
                    } else {
                        field.append(c);
                        i++;
                    }
                }
                if (!terminated) {
                    throw new AssertionConfigException("The \"" + spec.displayType()
                            + "\" value has a quoted field without its closing quote: add the missing \"");
                }
                fields.add(field.toString());
                while (i < length && Character.isWhitespace(value.charAt(i))) {
                    i++;
                }
                if (i < length && value.charAt(i) != ',') {
                    throw new AssertionConfigException("The \"" + spec.displayType()
                            + "\" value has text after a quoted field: separate fields with commas");
                }
            } else {
                int start = i;
                while (i < length && value.charAt(i) != ',') {
                    i++;
                }
                fields.add(value.substring(start, i).trim());
            }
        }
        return fields;
    }
}
