package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;

/** {@code starts-with}: the output begins with the value, exactly (no trimming, as promptfoo). */
public final class StartsWithAssertion implements NegatableAssertion {
    @Override
    public String type() {
        return "starts-with";
    }

    @Override
    public GradingResult grade(AssertionSpec spec, GradingContext context) {
        String prefix = AssertionValues.nonEmptyString(spec);
        return context.output().startsWith(prefix) ? GradingResult.pass(spec, Reasons.PASSED)
                : GradingResult.fail(spec, "Expected output to start with \"" + prefix + "\"");
    }

    @Override
    public String negatedFailureReason(AssertionSpec spec, GradingContext context) {
        return "Expected output to not start with \"" + AssertionValues.nonEmptyString(spec) + "\"";
    }
}
