package dev.aura.plugins.prompts.report;

import dev.aura.plugins.prompts.run.CellResult;

/** What every report says about a cell: its status word, promptfoo's failure reason and the reason a user reads. */
public final class CellOutcome {
    /** promptfoo's ResultFailureReason: NONE, ASSERT, ERROR. */
    public static final int NONE = 0;
    public static final int ASSERT = 1;
    public static final int ERROR = 2;

    private CellOutcome() {}

    /** "pass", "fail", "error" or "cancelled". */
    public static String status(CellResult cell) {
        return switch (cell.status()) {
            case PASSED -> "pass";
            case FAILED -> "fail";
            case ERROR -> "error";
            case CANCELLED -> "cancelled";
        };
    }

    public static int failureReason(CellResult cell) {
        return switch (cell.status()) {
            case PASSED -> NONE;
            case FAILED -> ASSERT;
            case ERROR, CANCELLED -> ERROR;
        };
    }

    /** The error for error and cancelled cells, else the grade's reason; empty when there is none. */
    public static String reason(CellResult cell) {
        if (cell.error() != null) {
            return cell.error();
        }
        return cell.grade() == null || cell.grade().reason() == null ? "" : cell.grade().reason();
    }

    public static double score(CellResult cell) {
        return cell.grade() == null ? 0 : cell.grade().score();
    }

    /** True when the cell made a model call (promptfoo's numRequests counts these). */
    public static boolean called(CellResult cell) {
        return cell.cost() != null;
    }
}
