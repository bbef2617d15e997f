package dev.aura.plugins.api.cli;

/** Ctrl+C while a long command runs (a download, a streamed answer), so it can cancel cleanly and save what it has. */
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
