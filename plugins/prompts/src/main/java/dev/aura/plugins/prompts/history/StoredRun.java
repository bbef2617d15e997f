package dev.aura.plugins.prompts.history;

import java.util.List;

/** A run read back in full: its summary and every cell in (test, variant, model) order. */
public record StoredRun(RunSummary summary, List<RunCell> cells) {
    public StoredRun {
        cells = List.copyOf(cells);
    }
}
