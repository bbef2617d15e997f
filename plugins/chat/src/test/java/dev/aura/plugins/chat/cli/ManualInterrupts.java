package dev.aura.plugins.chat.cli;

/** Ctrl+C on demand: {@link #interrupt()} runs what the command registered, on the caller's thread. */
final class ManualInterrupts implements Interrupts {
    private volatile Runnable action;
    private volatile boolean closed;

    @Override
    public Handle watch(Runnable onInterrupt) {
        action = onInterrupt;
        closed = false;
        return () -> closed = true;
    }

    void interrupt() {
        Runnable current = action;
        if (current != null && !closed) {
            action = null;
            current.run();
        }
    }
}
