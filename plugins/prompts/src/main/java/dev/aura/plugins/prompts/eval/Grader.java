package dev.aura.plugins.prompts.eval;

import java.util.List;

/** Grades a test case: every assertion, then the test's verdict (see {@link TestGrade}). */
public interface Grader {
    /**
     * @param testThreshold the test case's {@code threshold}, or null
     */
    TestGrade grade(List<AssertionSpec> assertions, GradingContext context, Double testThreshold);
}
