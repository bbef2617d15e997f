package dev.aura.plugins.automation.cron;

/** A cron expression could not be parsed; the message says why and shows a valid example. */
public final class InvalidCronException extends IllegalArgumentException {
    public InvalidCronException(String message) {
        super(message);
    }
}
