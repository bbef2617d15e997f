package dev.aura.plugins.prompts.eval.javascript;

/** What an assertion script returned, read out of Rhino while its context was still open. */
sealed interface ScriptResult {
    /** {@code true} or {@code false}: the verdict itself. */
    record Verdict(boolean pass) implements ScriptResult {
    }

    /** A finite number: a score, compared with the threshold (or with 0 when there is none). */
    record Score(double score) implements ScriptResult {
    }

    /** A {@code {pass, score, reason}} object, taken as the grading result. */
    record Graded(boolean pass, double score, String reason) implements ScriptResult {
    }

    /** Anything else (a string, undefined, an object without {@code pass}), with its JavaScript {@code typeof}. */
    record Unusable(String type) implements ScriptResult {
    }
}
