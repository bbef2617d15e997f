package dev.aura.plugins.chat.ui.markdown;

/** Text appended from any thread, taken in one piece by the FX thread once per pulse. The lock is held only to copy. */
final class PendingText {
    private final Object lock = new Object();
    private final StringBuilder pending = new StringBuilder();

    void append(String chunk) {
        synchronized (lock) {
            pending.append(chunk);
        }
    }

    /** Everything appended since the last call, or null when nothing was. */
    String take() {
        synchronized (lock) {
            if (pending.isEmpty()) {
                return null;
            }
            String text = pending.toString();
            pending.setLength(0);
            return text;
        }
    }

    boolean isEmpty() {
        synchronized (lock) {
            return pending.isEmpty();
        }
    }

    void clear() {
        synchronized (lock) {
            pending.setLength(0);
        }
    }
}
