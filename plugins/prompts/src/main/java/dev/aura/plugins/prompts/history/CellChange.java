package dev.aura.plugins.prompts.history;

import dev.aura.plugins.prompts.run.CellResult;

/**
 * One cell in a comparison of two runs. {@code before} is null for a cell only the newer run has ({@link Kind#NEW}),
 * {@code after} null for one only the older run has ({@link Kind#REMOVED}).
 */
public record CellChange(String testName, String variantLabel, String model, CellResult.Status before,
        CellResult.Status after, Kind kind) {

    public enum Kind {
        /** passed before, fails or errors now */
        REGRESSION,
        /** failed or errored before, passes now */
        FIX,
        /** any other pair of statuses, including two equal ones */
        UNCHANGED,
        NEW,
        REMOVED
    }
}
