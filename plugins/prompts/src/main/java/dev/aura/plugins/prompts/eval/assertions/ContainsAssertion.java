package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.Locale;

/** {@code contains} and {@code icontains}: the output holds a substring, case-sensitively or not. */
public final class ContainsAssertion implements NegatableAssertion {
    private final boolean ignoreCase;

    private ContainsAssertion(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    public static ContainsAssertion caseSensitive() {
        return new ContainsAssertion(false);
    }

    public static ContainsAssertion ignoringCase() {
        return new ContainsAssertion(true);
    }

    @Override
    public String type() {
        return ignoreCase ? "icontains" : "contains";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        String expected = AssertionValues.stringOrNumber(spec);
        boolean found = ignoreCase
                ? lower(context.output()).contains(lower(expected))
                : context.output().contains(expected);
        return found ? GradingResult.pass(spec, Reasons.PASSED)
                : GradingResult.fail(spec, "Expected output to contain \"" + expected + "\"");
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output to not contain \"" + AssertionValues.stringOrNumber(spec) + "\"";
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
