package dev.aura.plugins.chat.cli;

/** Ctrl+C while an answer streams, so it is saved as stopped instead of the process dying mid-write. */
public interface Interrupts {
    /** Runs {@code onInterrupt} when the user interrupts; close the handle once the command has finished. */
    Handle watch(Runnable onInterrupt);

    interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
