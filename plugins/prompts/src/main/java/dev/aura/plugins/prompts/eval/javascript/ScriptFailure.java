package dev.aura.plugins.prompts.eval.javascript;

/**
 * A script that compiled but failed while running: it threw, or hit a sandbox limit. {@code message} is what
 * JavaScript's {@code err.message} would hold; {@code trace} names the error and where it happened.
 */
final class ScriptFailure extends RuntimeException {
    private final String trace;

    ScriptFailure(String message, String trace) {
        super(message, null, false, false);
        this.trace = trace;
    }

    String trace() {
        return trace;
    }
}
