package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;

/** {@code levenshtein}: the edit distance between output and value is at most the threshold (default 5). */
public final class LevenshteinAssertion implements NegatableAssertion {
    private static final double DEFAULT_THRESHOLD = 5;

    @Override
    public String type() {
        return "levenshtein";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        int distance = distance(context.output(), expected(spec));
        double threshold = threshold(spec);
        return distance <= threshold ? GradingResult.pass(spec, Reasons.PASSED) : GradingResult.fail(spec,
                "Levenshtein distance " + distance + " is greater than threshold " + Reasons.number(threshold));
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Levenshtein distance " + distance(context.output(), expected(spec))
                + " is less than or equal to threshold " + Reasons.number(threshold(spec));
    }

    /** promptfoo writes {@code threshold || 5}, so a threshold of 0 also means 5. */
    private static double threshold(AssertionSpec spec) {
        Double threshold = spec.threshold();
        return threshold == null || threshold == 0 || threshold.isNaN() ? DEFAULT_THRESHOLD : threshold;
    }

    private static String expected(AssertionSpec spec) {
        if (spec.value() instanceof String text) {
            return text;
        }
        throw new AssertionConfigException("The \"" + spec.displayType()
                + "\" assertion needs a string value: set its value to the expected text");
    }

    /** Edit distance over UTF-16 units, as JavaScript strings count them; two rows of memory. */
    static int distance(String a, String b) {
        if (a.length() < b.length()) {
            return distance(b, a);
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
