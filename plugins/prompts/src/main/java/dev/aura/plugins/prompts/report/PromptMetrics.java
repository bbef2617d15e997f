package dev.aura.plugins.prompts.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.run.CellResult;
import java.io.IOException;
import java.util.List;

/** promptfoo's per prompt x provider {@code metrics}: counts, summed score, latency, tokens and cost. */
final class PromptMetrics {
    private double score;
    private int passes;
    private int failures;
    private int errors;
    private int assertPasses;
    private int assertFailures;
    private long latencyMs;
    private long promptTokens;
    private long completionTokens;
    private int requests;
    private double cost;

    /** Metrics indexed {@code providerIndex * promptCount + promptIndex}, as promptfoo lays out its prompts. */
    static PromptMetrics[] of(SuiteRun suite) {
        PromptMetrics[] metrics = new PromptMetrics[suite.promptCount() * suite.providerCount()];
        for (int i = 0; i < metrics.length; i++) {
            metrics[i] = new PromptMetrics();
        }
        List<CellResult> cells = suite.result().cells();
        for (int i = 0; i < cells.size(); i++) {
            CellResult cell = cells.get(i);
            metrics[suite.providerIndex(i) * suite.promptCount() + cell.promptIndex()].add(cell);
        }
        return metrics;
    }

    private void add(CellResult cell) {
        switch (cell.status()) {
            case PASSED -> passes++;
            case FAILED -> failures++;
            case ERROR, CANCELLED -> errors++;
        }
        score += CellOutcome.score(cell);
        if (cell.grade() != null) {
            for (GradingResult component : cell.grade().components()) {
                if (component.pass()) {
                    assertPasses++;
                } else {
                    assertFailures++;
                }
            }
        }
        latencyMs += cell.latencyMs();
        promptTokens += cell.promptTokens();
        completionTokens += cell.outputTokens();
        requests += CellOutcome.called(cell) ? 1 : 0;
        cost += cell.cost() == null ? 0 : cell.cost();
    }

    void write(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("metrics");
        json.writeNumberField("score", score);
        json.writeNumberField("testPassCount", passes);
        json.writeNumberField("testFailCount", failures);
        json.writeNumberField("testErrorCount", errors);
        json.writeNumberField("assertPassCount", assertPasses);
        json.writeNumberField("assertFailCount", assertFailures);
        json.writeNumberField("totalLatencyMs", latencyMs);
        PromptfooJsonReport.writeTokens(json, "tokenUsage", promptTokens, completionTokens, requests);
        json.writeObjectFieldStart("namedScores");
        json.writeEndObject();
        json.writeObjectFieldStart("namedScoresCount");
        json.writeEndObject();
        json.writeNumberField("cost", cost);
        json.writeEndObject();
    }
}
