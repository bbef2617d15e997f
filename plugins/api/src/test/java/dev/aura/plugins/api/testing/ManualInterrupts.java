package dev.aura.plugins.api.testing;

import dev.aura.plugins.api.cli.Interrupts;

/** Ctrl+C on demand: {@link #interrupt()} runs what the command registered, on the caller's thread. */
public final class ManualInterrupts implements Interrupts {
    private volatile Runnable action;
    private volatile boolean closed;

    @Override
    public Handle watch(Runnable onInterrupt) {
        action = onInterrupt;
        closed = false;
        return () -> closed = true;
    }

    public void interrupt() {
        Runnable current = action;
        if (current != null && !closed) {
            current.run();
        }
    }

    public boolean released() {
        return closed;
    }
}
