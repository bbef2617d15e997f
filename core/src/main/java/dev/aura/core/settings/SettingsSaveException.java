package dev.aura.core.settings;

/** The settings file could not be written; the in-memory value is kept for this session. */
public class SettingsSaveException extends RuntimeException {
    public SettingsSaveException(String message, Throwable cause) {
        super(message, cause);
    }
}
