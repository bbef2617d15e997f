package dev.aura.core.ollama;

/** A failure talking to Ollama; the message is written for the user (what happened, what to do). */
public class OllamaException extends RuntimeException {
    public enum Kind { UNREACHABLE, NOT_FOUND, HTTP_ERROR, PROTOCOL, TIMEOUT, CANCELLED }

    private final Kind kind;
    private final int httpStatus;

    public OllamaException(Kind kind, int httpStatus, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.httpStatus = httpStatus;
    }

    public OllamaException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status Ollama answered with, or 0 when there was no answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
