package dev.aura.plugins.prompts.ui.runs;

import dev.aura.plugins.prompts.run.CellResult;

/** What the summary bar shows: the cells by status, tokens and cost of the cells in the matrix. */
public record MatrixTotals(int passed, int failed, int errors, int cancelled, long tokens, double cost,
        boolean priced) {
    public static final MatrixTotals NONE = new MatrixTotals(0, 0, 0, 0, 0, 0, false);

    /** Passed over graded or errored cells, as the history's pass rate; 0 when none. */
    public double passRate() {
        int counted = passed + failed + errors;
        return counted == 0 ? 0 : (double) passed / counted;
    }

    public int cells() {
        return passed + failed + errors + cancelled;
    }

    MatrixTotals plus(CellResult cell, int sign) {
        CellResult.Status status = cell.status();
        double price = cell.cost() == null ? 0 : cell.cost();
        return new MatrixTotals(passed + (status == CellResult.Status.PASSED ? sign : 0),
                failed + (status == CellResult.Status.FAILED ? sign : 0),
                errors + (status == CellResult.Status.ERROR ? sign : 0),
                cancelled + (status == CellResult.Status.CANCELLED ? sign : 0),
                tokens + sign * (long) (cell.promptTokens() + cell.outputTokens()), cost + sign * price,
                priced || cell.cost() != null);
    }
}
