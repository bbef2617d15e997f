package dev.aura.core.store;

import java.nio.file.Path;

/** The database could not be opened or migrated. The message is meant for the user: what happened, what to do. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StoreException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The database file concerned ({@code ...mv.db}). */
    public Path file() {
        return file;
    }
}
