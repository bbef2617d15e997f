package dev.aura.plugins.prompts.eval.javascript;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Makes the Rhino contexts a javascript assertion runs in: interpreted (so the instruction observer sees every loop),
 * ES6, no Java class reachable (the class shutter refuses all of them), a bounded interpreter stack, and a deadline
 * checked every few thousand instructions.
 */
final class SandboxContextFactory extends ContextFactory {
    private static final int INSTRUCTIONS_BETWEEN_CHECKS = 10_000;
    private static final int MAX_STACK_DEPTH = 1_000;
    private static final String DEADLINE = "aura.javascript.deadline";

    @Override
    protected Context makeContext() {
        Context context = super.makeContext();
        context.setLanguageVersion(Context.VERSION_ES6);
        context.setInterpretedMode(true);
        context.setClassShutter(className -> false);
        context.setMaximumInterpreterStackDepth(MAX_STACK_DEPTH);
        context.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_CHECKS);
        return context;
    }

    @Override
    protected boolean hasFeature(Context context, int featureIndex) {
        // Java exceptions stay out of reach of script catch blocks, so a timeout cannot be swallowed.
        if (featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS) {
            return false;
        }
        return super.hasFeature(context, featureIndex);
    }

    @Override
    protected void observeInstructionCount(Context context, int instructionCount) {
        Object deadline = context.getThreadLocal(DEADLINE);
        if (deadline instanceof Deadline limit && System.nanoTime() - limit.endNanos() > 0) {
            throw new ScriptTimeoutError(limit.millis());
        }
    }

    /** Stops the script that runs in {@code context} once {@code millis} have passed from now. */
    static void startClock(Context context, long millis) {
        context.putThreadLocal(DEADLINE, new Deadline(System.nanoTime() + millis * 1_000_000L, millis));
    }

    private record Deadline(long endNanos, long millis) {
    }

    /** An Error, not an Exception: Rhino does not let script {@code catch} blocks intercept it. */
    static final class ScriptTimeoutError extends Error {
        ScriptTimeoutError(long millis) {
            super("javascript assertion timed out after " + millis + " ms", null, false, false);
        }
    }
}
