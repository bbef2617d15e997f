package dev.aura.plugins.prompts.history;

import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.CellResult.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two runs of a card cell by cell, matching cells by {@link RunCell#key()} (test name, variant label, model)
 * so that runs of different versions line up. A regression passed before and fails or errors now; a fix is the
 * reverse. A cancelled cell on either side tells nothing, so its pair counts as unchanged.
 */
public final class RunComparator {
    private RunComparator() {}

    /**
     * @return regressions, fixes, new, removed, then unchanged cells; within each kind in the after-run's cell order
     *         (removed cells, which the after-run lacks, in the before-run's order)
     */
    public static RunComparison compare(StoredRun before, StoredRun after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Map<String, RunCell> earlier = new LinkedHashMap<>();
        before.cells().forEach(cell -> earlier.putIfAbsent(cell.key(), cell));
        Map<CellChange.Kind, List<CellChange>> byKind = new EnumMap<>(CellChange.Kind.class);
        for (CellChange.Kind kind : CellChange.Kind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RunCell now : after.cells()) {
            if (!seen.add(now.key())) {
                continue; // a key twice in one run: compare its first cell only
            }
            RunCell then = earlier.get(now.key());
            Status was = then == null ? null : then.result().status();
            Status is = now.result().status();
            CellChange.Kind kind = then == null ? CellChange.Kind.NEW : kind(was, is);
            byKind.get(kind).add(change(now, was, is, kind));
        }
        for (RunCell then : earlier.values()) {
            if (!seen.contains(then.key())) {
                byKind.get(CellChange.Kind.REMOVED)
                        .add(change(then, then.result().status(), null, CellChange.Kind.REMOVED));
            }
        }
        List<CellChange> changes = new ArrayList<>(after.cells().size());
        for (CellChange.Kind kind : List.of(CellChange.Kind.REGRESSION, CellChange.Kind.FIX, CellChange.Kind.NEW,
                CellChange.Kind.REMOVED, CellChange.Kind.UNCHANGED)) {
            changes.addAll(byKind.get(kind));
        }
        return new RunComparison(before.summary(), after.summary(), changes);
    }

    static CellChange.Kind kind(Status before, Status after) {
        boolean failedBefore = before == Status.FAILED || before == Status.ERROR;
        boolean failedAfter = after == Status.FAILED || after == Status.ERROR;
        if (before == Status.PASSED && failedAfter) {
            return CellChange.Kind.REGRESSION;
        }
        if (failedBefore && after == Status.PASSED) {
            return CellChange.Kind.FIX;
        }
        return CellChange.Kind.UNCHANGED;
    }

    private static CellChange change(RunCell cell, CellResult.Status before, CellResult.Status after,
            CellChange.Kind kind) {
        return new CellChange(cell.testName(), cell.variantLabel(), cell.result().model(), before, after, kind);
    }
}
