package dev.aura.plugins.models.cli;

/** Ctrl+C while a long command runs, so it can cancel cleanly instead of dying mid-download. */
public interface Interrupts {
    /**
     * Runs {@code onInterrupt} when the user interrupts. Close the handle once the command has finished reporting;
     * the process may exit only after that.
     */
    Handle watch(Runnable onInterrupt);

    interface Handle extends AutoCloseable {
        @Override
        void close();
    }
}
