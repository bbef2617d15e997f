package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.run.CellResult;

/** One cell of the results matrix: what ran, and how it changed against the compared run (null when not comparing). */
public record MatrixEntry(RunCell cell, CellChange.Kind change) {
    public CellResult result() {
        return cell.result();
    }

    public CellResult.Status status() {
        return cell.result().status();
    }

    public boolean failedOrErrored() {
        CellResult.Status status = status();
        return status == CellResult.Status.FAILED || status == CellResult.Status.ERROR;
    }

    /** A regression or a fix: what "changed only" keeps. */
    public boolean changed() {
        return change == CellChange.Kind.REGRESSION || change == CellChange.Kind.FIX;
    }

    MatrixEntry withChange(CellChange.Kind value) {
        return new MatrixEntry(cell, value);
    }
}
