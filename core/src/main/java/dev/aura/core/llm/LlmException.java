package dev.aura.core.llm;

/** A failed model call; the message says what happened and what to do. {@code partialText} is what arrived before. */
public class LlmException extends RuntimeException {
    public enum Kind { UNREACHABLE, MODEL_NOT_FOUND, STALLED, DISCONNECTED, HTTP_ERROR, CANCELLED, OTHER }

    private final Kind kind;
    private final String partialText;

    public LlmException(Kind kind, String message, String partialText, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.partialText = partialText == null ? "" : partialText;
    }

    public Kind kind() {
        return kind;
    }

    public String partialText() {
        return partialText;
    }
}
