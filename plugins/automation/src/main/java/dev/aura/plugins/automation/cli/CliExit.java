package dev.aura.plugins.automation.cli;

/** Exit codes of {@code aura flows}, the same as every aura command. */
public final class CliExit {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 130;

    private CliExit() {}
}
