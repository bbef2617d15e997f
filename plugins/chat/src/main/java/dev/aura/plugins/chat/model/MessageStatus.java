package dev.aura.plugins.chat.model;

/** Where a message stands. Only assistant answers are ever anything but COMPLETE. */
public enum MessageStatus {
    /** Tokens are still arriving; parts are saved as they come. */
    STREAMING,
    COMPLETE,
    /** The user pressed Stop; the text so far is kept. */
    STOPPED,
    /** The model call failed (Ollama down, model missing, stall, disconnect); the text so far is kept. */
    FAILED,
    /** The app died mid-stream; found STREAMING at the next start and marked so. */
    INTERRUPTED
}
