package dev.aura.plugins.automation.cli;

/** Ends a command with a message already written for the user and an exit code (usage 2, failure 1). */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(CliExit.USAGE, message);
    }

    static CliException failed(String message) {
        return new CliException(CliExit.FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
