package dev.aura.plugins.prompts.run;

import java.util.List;

/** Every cell of a run in (test, prompt, provider) order, and the run's totals. */
public record SuiteResult(List<CellResult> cells, Stats stats) {
    public SuiteResult {
        cells = List.copyOf(cells);
    }

    /** Errors are calls or configs that failed; they are not test failures. */
    public record Stats(int successes, int failures, int errors, int cancelled, long promptTokens,
            long completionTokens, long totalTokens, long durationMs) {

        static Stats of(List<CellResult> cells, long durationMs) {
            int ok = 0;
            int failed = 0;
            int errors = 0;
            int cancelled = 0;
            long prompt = 0;
            long completion = 0;
            for (CellResult cell : cells) {
                switch (cell.status()) {
                    case PASSED -> ok++;
                    case FAILED -> failed++;
                    case ERROR -> errors++;
                    case CANCELLED -> cancelled++;
                }
                prompt += cell.promptTokens();
                completion += cell.outputTokens();
            }
            return new Stats(ok, failed, errors, cancelled, prompt, completion, prompt + completion, durationMs);
        }
    }
}
