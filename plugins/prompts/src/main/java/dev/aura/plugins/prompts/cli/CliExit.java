package dev.aura.plugins.prompts.cli;

/** Exit codes of {@code aura cards}: promptfoo's 100 for failed tests, and the codes every aura command uses. */
public final class CliExit {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Some tests failed and none errored (promptfoo's code, so CI scripts written for it keep working). */
    public static final int TESTS_FAILED = 100;
    public static final int CANCELLED = 130;

    private CliExit() {}
}
