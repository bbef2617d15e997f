package dev.aura.plugins.prompts.run;

/** Live progress of a run; called from the cells' threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = (cell, done, total) -> {};

    /** @param done how many cells have finished so far, this one included, out of {@code total} */
    void cellDone(CellResult cell, int done, int total);
}
