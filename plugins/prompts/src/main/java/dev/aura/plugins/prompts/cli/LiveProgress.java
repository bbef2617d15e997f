package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.RunListener;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One status line on a terminal's stderr, redrawn at most every 100 ms ("12/200 cells: 10 passed, 1 failed, 1
 * error"), so a fast run spends no time printing. Cells finish on many threads; the counters are atomic and one
 * thread at a time draws.
 */
final class LiveProgress implements RunListener {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final CardsCliContext context;
    private final String suite;
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private long lastDraw;
    private int width;

    LiveProgress(PrintWriter err, CardsCliContext context, String suite) {
        this.err = err;
        this.context = context;
        this.suite = suite;
    }

    @Override
    public void cellDone(CellResult cell, int done, int total) {
        switch (cell.status()) {
            case PASSED -> passed.incrementAndGet();
            case FAILED -> failed.incrementAndGet();
            case ERROR -> errors.incrementAndGet();
            case CANCELLED -> { }
        }
        synchronized (this) {
            long now = System.nanoTime();
            if (done < total && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            String line = context.text("cli.test.progress", suite, RunSummaryPrinter.n(done),
                    RunSummaryPrinter.n(total), RunSummaryPrinter.n(passed.get()), RunSummaryPrinter.n(failed.get()),
                    RunSummaryPrinter.n(errors.get()));
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
            err.flush();
        }
    }

    /** Ends the status line so the summary starts on a fresh one. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
