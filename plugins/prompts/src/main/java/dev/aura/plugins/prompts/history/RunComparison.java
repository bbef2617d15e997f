package dev.aura.plugins.prompts.history;

import java.util.List;

/** Two runs of a card side by side: each cell's change, regressions first, then fixes, then the rest. */
public record RunComparison(RunSummary before, RunSummary after, List<CellChange> changes) {
    public RunComparison {
        changes = List.copyOf(changes);
    }

    public long count(CellChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
