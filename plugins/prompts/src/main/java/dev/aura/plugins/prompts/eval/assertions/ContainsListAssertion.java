package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;

/**
 * {@code contains-any}, {@code contains-all} and their case-insensitive {@code icontains-} forms: the value is a list
 * or a comma-separated string.
 */
public final class ContainsListAssertion implements NegatableAssertion {
    private final boolean all;
    private final boolean ignoreCase;

    private ContainsListAssertion(boolean all, boolean ignoreCase) {
        this.all = all;
        this.ignoreCase = ignoreCase;
    }

    public static List<ContainsListAssertion> family() {
        return List.of(new ContainsListAssertion(false, false), new ContainsListAssertion(true, false),
                new ContainsListAssertion(false, true), new ContainsListAssertion(true, true));
    }

    @Override
    public String type() {
        return (ignoreCase ? "icontains-" : "contains-") + (all ? "all" : "any");
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        List<String> expected = AssertionValues.list(spec);
        String output = ignoreCase ? ContainsAssertion.lower(context.output()) : context.output();
        List<String> missing = expected.stream()
                .filter(text -> !output.contains(ignoreCase ? ContainsAssertion.lower(text) : text))
                .toList();
        boolean pass = all ? missing.isEmpty() : missing.size() < expected.size();
        if (pass) {
            return GradingResult.pass(spec, Reasons.PASSED);
        }
        return GradingResult.fail(spec, all
                ? "Expected output to contain all of [" + String.join(", ", expected) + "]. Missing: ["
                        + String.join(", ", missing) + "]"
                : "Expected output to contain one of \"" + String.join(", ", expected) + "\"");
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        List<String> expected = AssertionValues.list(spec);
        return all ? "Expected output to not contain all of [" + String.join(", ", expected) + "]"
                : "Expected output to not contain one of \"" + String.join(", ", expected) + "\"";
    }
}
