package dev.aura.plugins.prompts.history;

/** CONTRACT SKELETON (storage helper): matches cells by {@link RunCell#key()} and classifies each change. */
public final class RunComparator {
    private RunComparator() {}

    public static RunComparison compare(StoredRun before, StoredRun after) {
        throw new UnsupportedOperationException("contract skeleton: the storage helper implements this");
    }
}
