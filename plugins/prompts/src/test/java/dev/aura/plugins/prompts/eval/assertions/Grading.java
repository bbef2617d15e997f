package dev.aura.plugins.prompts.eval.assertions;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.Map;

/** Grades one assertion through the real grader, so tests cover the not- inversion too. */
final class Grading {
    private static final DefaultGrader GRADER = DefaultGrader.deterministic();

    private Grading() {
    }

    static GradingResult grade(String type, Object value, String output) {
        return GRADER.gradeOne(AssertionSpec.of(type, value), context(output));
    }

    static GradingResult grade(AssertionSpec spec, GradingContext context) {
        return GRADER.gradeOne(spec, context);
    }

    static GradingContext context(String output) {
        return new GradingContext(output, Map.of(), "prompt", "llama3", null, null);
    }
}
