package dev.aura.app.cli;

/** Reduces an exception to the one line a user reads: our messages are written for them; others get their type. */
final class OneLine {
    private OneLine() {}

    static String of(Throwable e) {
        Throwable t = e;
        while ((t.getMessage() == null || t.getMessage().isBlank()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
