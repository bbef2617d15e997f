package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code word-count}: words separated by whitespace; the value is an exact number or {@code {min, max}}. */
public final class WordCountAssertion implements NegatableAssertion {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public String type() {
        return "word-count";
    }

    /** The expected count: {@code min}/{@code max} null when open, both equal for an exact count. */
    private record Bounds(Double min, Double max, boolean exact) {
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        Bounds bounds = bounds(spec);
        int words = countWords(context.output());
        boolean pass = (bounds.min() == null || words >= bounds.min()) && (bounds.max() == null || words <= bounds.max());
        if (pass) {
            return GradingResult.pass(spec, Reasons.PASSED);
        }
        String reason;
        if (bounds.exact()) {
            reason = "Word count " + words + " does not equal expected " + Reasons.number(bounds.min());
        } else if (bounds.min() != null && bounds.max() != null) {
            reason = "Word count " + words + " is not between " + Reasons.number(bounds.min()) + " and "
                    + Reasons.number(bounds.max());
        } else if (bounds.max() != null) {
            reason = "Word count " + words + " is greater than maximum " + Reasons.number(bounds.max());
        } else {
            reason = "Word count " + words + " is less than minimum " + Reasons.number(bounds.min());
        }
        return GradingResult.fail(spec, reason);
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        Bounds bounds = bounds(spec);
        int words = countWords(context.output());
        if (bounds.exact()) {
            return "Expected word count to not equal " + Reasons.number(bounds.min()) + ", but got " + words;
        }
        if (bounds.min() != null && bounds.max() != null) {
            return "Expected word count to not be between " + Reasons.number(bounds.min()) + " and "
                    + Reasons.number(bounds.max()) + ", but got " + words;
        }
        if (bounds.max() != null) {
            return "Expected word count to be greater than " + Reasons.number(bounds.max()) + ", but got " + words;
        }
        return "Expected word count to be less than " + Reasons.number(bounds.min()) + ", but got " + words;
    }

    static int countWords(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
    }

    private static Bounds bounds(AssertionSpec spec) {
        Object value = spec.value();
        if (value instanceof Map<?, ?> range) {
            Double min = number(spec, range.get("min"));
            Double max = number(spec, range.get("max"));
            if (min == null && max == null) {
                throw new AssertionConfigException("The \"" + spec.displayType()
                        + "\" range needs \"min\" and/or \"max\": for example {min: 20, max: 50}");
            }
            if (min != null && max != null && min > max) {
                throw new AssertionConfigException("The \"" + spec.displayType() + "\" range has min ("
                        + Reasons.number(min) + ") greater than max (" + Reasons.number(max) + "): swap them");
            }
            return new Bounds(min, max, false);
        }
        Double exact = value instanceof List<?> ? null : number(spec, value);
        if (exact == null) {
            throw new AssertionConfigException("The \"" + spec.displayType()
                    + "\" assertion needs a number or {min, max} value: for example 50 or {min: 20, max: 50}");
        }
        return new Bounds(exact, exact, true);
    }

    private static Double number(AssertionSpec spec, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            // JavaScript's Number(text): blank is 0.
            if (text.isBlank()) {
                return 0.0;
            }
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new AssertionConfigException("The \"" + spec.displayType() + "\" value \"" + text
                        + "\" is not a number: give a word count such as 50", e);
            }
        }
        throw new AssertionConfigException("The \"" + spec.displayType() + "\" value " + value
                + " is not a number: give a word count such as 50");
    }
}
