package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.RunListener;
import java.io.PrintWriter;

/**
 * One status line on a terminal's stderr, redrawn at most every 100 ms ("12/200 cells: 10 passed, 1 failed, 1
 * error"), so a fast run spends no time printing. Cells finish on many threads: counting and drawing happen under one
 * lock, and the line counts the cells itself, so the last cell to finish always draws the complete totals.
 */
final class LiveProgress implements RunListener {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final CardsCliContext context;
    private final String suite;
    private int passed;
    private int failed;
    private int errors;
    private int finished;
    private long lastDraw;
    private int width;

    LiveProgress(PrintWriter err, CardsCliContext context, String suite) {
        this.err = err;
        this.context = context;
        this.suite = suite;
    }

    @Override
    public synchronized void cellDone(CellResult cell, int done, int total) {
        switch (cell.status()) {
            case PASSED -> passed++;
            case FAILED -> failed++;
            case ERROR -> errors++;
            case CANCELLED -> { }
        }
        finished++;
        long now = System.nanoTime();
        if (finished < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String line = context.text("cli.test.progress", suite, RunSummaryPrinter.n(finished),
                RunSummaryPrinter.n(total), RunSummaryPrinter.n(passed), RunSummaryPrinter.n(failed),
                RunSummaryPrinter.n(errors));
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        err.flush();
    }

    /** Ends the status line so the summary starts on a fresh one. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
