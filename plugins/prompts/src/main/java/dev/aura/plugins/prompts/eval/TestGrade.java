package dev.aura.plugins.prompts.eval;

import java.util.List;

/**
 * A test case's verdict from its assertions, as promptfoo computes it: the score is the weighted mean of the
 * assertions' scores; without a test threshold the test passes when every assertion with a weight passes, with one it
 * passes when the score reaches it.
 */
public record TestGrade(boolean pass, double score, String reason, List<GradingResult> components) {
    public TestGrade {
        components = List.copyOf(components);
    }
}
