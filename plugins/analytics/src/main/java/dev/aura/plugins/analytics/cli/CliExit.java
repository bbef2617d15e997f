package dev.aura.plugins.analytics.cli;

/** Exit codes of {@code aura stats} and {@code aura audit}, the same as {@code aura chat} and {@code aura models}. */
public final class CliExit {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 130;

    private CliExit() {}
}
