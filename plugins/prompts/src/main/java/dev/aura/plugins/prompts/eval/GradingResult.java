package dev.aura.plugins.prompts.eval;

/** One assertion's verdict: pass or fail, a score in 0..1, and the reason a user reads. */
public record GradingResult(AssertionSpec assertion, boolean pass, double score, String reason) {
    public static GradingResult pass(AssertionSpec assertion, String reason) {
        return new GradingResult(assertion, true, 1, reason);
    }

    public static GradingResult fail(AssertionSpec assertion, String reason) {
        return new GradingResult(assertion, false, 0, reason);
    }
}
