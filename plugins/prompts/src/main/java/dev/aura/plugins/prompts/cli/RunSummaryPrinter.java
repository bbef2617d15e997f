package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.report.CellOutcome;
import dev.aura.plugins.prompts.report.SuiteRun;
import dev.aura.plugins.prompts.run.CellResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The summary of {@code aura cards test} on stdout: the failing cells briefly (test, prompt, provider, reason; the
 * first {@value #MAX_LISTED}, the output files hold all of them), one line per config when there were several, then
 * the totals: tests, cells (test x prompt x provider), passes, failures, errors, tokens and duration.
 */
final class RunSummaryPrinter {
    static final int MAX_LISTED = 25;
    private static final int MAX_REASON = 200;

    private final CardsCliContext context;

    RunSummaryPrinter(CardsCliContext context) {
        this.context = context;
    }

    void print(PrintWriter out, List<SuiteRun> suites, long durationMs, int concurrency) {
        Totals totals = new Totals();
        int listed = 0;
        int unlisted = 0;
        for (SuiteRun suite : suites) {
            List<CellResult> cells = suite.result().cells();
            for (int i = 0; i < cells.size(); i++) {
                CellResult cell = cells.get(i);
                totals.add(cell);
                if (cell.status() == CellResult.Status.FAILED || cell.status() == CellResult.Status.ERROR) {
                    if (listed == 0) {
                        out.println(text("cli.test.failingHeader"));
                    }
                    if (listed < MAX_LISTED) {
                        out.println(failing(suite, i, cell));
                        listed++;
                    } else {
                        unlisted++;
                    }
                }
            }
        }
        if (unlisted > 0) {
            out.println(text("cli.test.moreFailing", n(unlisted)));
        }
        if (listed > 0) {
            out.println();
        }
        if (suites.size() > 1) {
            for (SuiteRun suite : suites) {
                Totals one = new Totals();
                suite.result().cells().forEach(one::add);
                out.println(text("cli.test.suiteLine", suite.name(), n(one.passed), n(one.failed), n(one.errors)));
            }
        }
        int tests = suites.stream().mapToInt(s -> s.config().tests().size()).sum();
        out.println(text("cli.test.results", n(tests), n(totals.cells), n(totals.passed), n(totals.failed), n(totals.errors),
                percent(totals.passed, totals.passed + totals.failed + totals.errors)));
        if (totals.cancelled > 0) {
            out.println(text("cli.test.cancelledCells", n(totals.cancelled)));
        }
        out.println(text("cli.test.tokens", n(totals.prompt + totals.completion), n(totals.prompt),
                n(totals.completion)));
        out.println(text("cli.test.duration", String.format(Locale.ROOT, "%.2f", durationMs / 1000.0),
                n(concurrency)));
    }

    private String failing(SuiteRun suite, int index, CellResult cell) {
        String word = cell.status() == CellResult.Status.FAILED ? text("cli.test.fail") : text("cli.test.error");
        String prompt = suite.config().prompts().get(cell.promptIndex()).label();
        return text("cli.test.failingCell", word, suite.testName(cell.testIndex()), brief(prompt, 40),
                suite.providerLabel(suite.providerIndex(index)), brief(CellOutcome.reason(cell), MAX_REASON));
    }

    private static String brief(String text, int max) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() > max ? line.substring(0, max - 3) + "..." : line;
    }

    /** Plain digits, no grouping: scripts read these lines. */
    static String n(long value) {
        return Long.toString(value);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "0" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole);
    }

    private String text(String key, Object... args) {
        return context.text(key, args);
    }

    private static final class Totals {
        int cells;
        int passed;
        int failed;
        int errors;
        int cancelled;
        long prompt;
        long completion;

        void add(CellResult cell) {
            cells++;
            switch (cell.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case ERROR -> errors++;
                case CANCELLED -> cancelled++;
            }
            prompt += cell.promptTokens();
            completion += cell.outputTokens();
        }
    }
}
