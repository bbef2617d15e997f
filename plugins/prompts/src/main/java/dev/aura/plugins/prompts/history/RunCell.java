package dev.aura.plugins.prompts.history;

import dev.aura.plugins.prompts.run.CellResult;
import java.util.Objects;

/**
 * One stored cell with the names it had when it ran, so that runs of different versions compare by test name,
 * variant label and model rather than by position.
 */
public record RunCell(String testName, String variantLabel, CellResult result) {
    public RunCell {
        Objects.requireNonNull(testName, "testName");
        Objects.requireNonNull(variantLabel, "variantLabel");
        Objects.requireNonNull(result, "result");
    }

    /** What identifies this cell across runs. */
    public String key() {
        return testName + "\u0000" + variantLabel + "\u0000" + result.model();
    }
}
