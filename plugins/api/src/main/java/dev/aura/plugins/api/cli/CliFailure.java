package dev.aura.plugins.api.cli;

/** Ends a plugin's command with a message already written for the user and an exit code (usage 2, failure 1). */
public final class CliFailure extends RuntimeException {
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliFailure usage(String message) {
        return new CliFailure(USAGE, message);
    }

    public static CliFailure failed(String message) {
        return new CliFailure(FAILED, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
