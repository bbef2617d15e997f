package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.Assertion;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;

/**
 * An assertion that knows how its {@code not-} form reads when it fails ("Expected output to not contain ..."), so
 * the grader does not have to guess a sentence. Assertions that cannot grade at all (no latency measured) override
 * {@link #gradeNegated} so that "not measured" stays a failure instead of turning into a pass.
 */
public interface NegatableAssertion extends Assertion {
    /** The reason shown when the {@code not-} form fails, that is when the positive check passed. */
    String negatedFailureReason(AssertionSpec spec, GradingContext context);

    /** The {@code not-} verdict: the positive one inverted, score {@code 1 - score}. */
    default GradingResult gradeNegated(AssertionSpec spec, GradingContext context) {
        GradingResult positive = grade(spec, context);
        boolean pass = !positive.pass();
        return new GradingResult(spec, pass, 1 - positive.score(),
                pass ? Reasons.PASSED : negatedFailureReason(spec, context));
    }
}
