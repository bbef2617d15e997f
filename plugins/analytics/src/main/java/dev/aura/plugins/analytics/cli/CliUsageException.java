package dev.aura.plugins.analytics.cli;

/** A value the user typed that cannot be used (a bad date, a range that ends before it starts): exit code 2. */
final class CliUsageException extends RuntimeException {
    CliUsageException(String message) {
        super(message);
    }
}
