package dev.aura.plugins.prompts.run;

import dev.aura.plugins.prompts.eval.TestGrade;

/**
 * One test case run with one prompt on one provider. {@code grade} is null when the cell ended in an error or was
 * cancelled; {@code error} then says why. {@code cost} is null when the cell made no call.
 */
public record CellResult(int testIndex, int promptIndex, String providerId, String model, String renderedPrompt,
        String output, TestGrade grade, String error, long latencyMs, int promptTokens, int outputTokens, Double cost,
        boolean cancelled) {

    public enum Status { PASSED, FAILED, ERROR, CANCELLED }

    public Status status() {
        if (cancelled) {
            return Status.CANCELLED;
        }
        if (grade == null) {
            return Status.ERROR;
        }
        return grade.pass() ? Status.PASSED : Status.FAILED;
    }

    static CellResult error(Cell cell, String renderedPrompt, String output, String error, long latencyMs) {
        return new CellResult(cell.testIndex(), cell.promptIndex(), cell.providerId(), cell.model(), renderedPrompt,
                output, null, error, latencyMs, 0, 0, null, false);
    }

    static CellResult cancelled(Cell cell, String renderedPrompt) {
        return new CellResult(cell.testIndex(), cell.promptIndex(), cell.providerId(), cell.model(), renderedPrompt,
                "", null, "Cancelled before this cell finished; run the suite again to complete it.", 0, 0, 0, null,
                true);
    }
}
