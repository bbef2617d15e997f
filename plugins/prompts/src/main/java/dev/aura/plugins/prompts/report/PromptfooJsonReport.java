package dev.aura.plugins.prompts.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The output of {@code promptfoo eval -o out.json} (promptfoo 0.121): {@code {evalId, results: {version: 3,
 * timestamp, prompts, results, stats}, config, shareableUrl, metadata}}, so tools that read promptfoo's results keep
 * working. As in promptfoo, {@code prompts} has one entry per prompt x provider and {@code promptIdx} indexes it;
 * several configs in one run follow each other, their indexes shifted. Written with Jackson's streaming generator.
 */
public final class PromptfooJsonReport implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    @Override
    public void write(RunReport report, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("evalId", evalId(report));
            json.writeObjectFieldStart("results");
            json.writeNumberField("version", 3);
            json.writeStringField("timestamp", report.timestamp().toString());
            writePrompts(report, json);
            writeResults(report, json);
            writeStats(report, json);
            json.writeEndObject();
            writeConfig(report, json);
            json.writeNullField("shareableUrl");
            json.writeObjectFieldStart("metadata");
            json.writeStringField("producer", "aura cards test");
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static String evalId(RunReport report) {
        String random = UUID.randomUUID().toString().substring(0, 8);
        return "eval-" + random + "-" + report.timestamp().toString().replace(':', '-').replaceFirst("\\..*", "");
    }

    private static void writePrompts(RunReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("prompts");
        for (SuiteRun suite : report.suites()) {
            PromptMetrics[] metrics = PromptMetrics.of(suite);
            for (int v = 0; v < suite.providerCount(); v++) {
                for (int p = 0; p < suite.promptCount(); p++) {
                    PromptDef prompt = suite.config().prompts().get(p);
                    json.writeStartObject();
                    json.writeStringField("raw", prompt.template());
                    json.writeStringField("label", prompt.label());
                    json.writeStringField("provider", suite.providerLabel(v));
                    metrics[v * suite.promptCount() + p].write(json);
                    json.writeEndObject();
                }
            }
        }
        json.writeEndArray();
    }

    private static void writeResults(RunReport report, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart("results");
        int promptOffset = 0;
        int testOffset = 0;
        for (SuiteRun suite : report.suites()) {
            var cells = suite.result().cells();
            for (int i = 0; i < cells.size(); i++) {
                CellResult cell = cells.get(i);
                int provider = suite.providerIndex(i);
                writeResult(json, suite, cell, promptOffset + provider * suite.promptCount() + cell.promptIndex(),
                        testOffset + cell.testIndex(), provider);
            }
            promptOffset += suite.promptCount() * suite.providerCount();
            testOffset += suite.config().tests().size();
        }
        json.writeEndArray();
    }

    private static void writeResult(JsonGenerator json, SuiteRun suite, CellResult cell, int promptIdx, int testIdx,
            int provider) throws IOException {
        TestDef test = suite.config().tests().get(cell.testIndex());
        PromptDef prompt = suite.config().prompts().get(cell.promptIndex());
        Map<String, Object> vars = suite.vars(cell.testIndex());
        json.writeStartObject();
        json.writeStringField("id", UUID.randomUUID().toString());
        if (test.description() != null) {
            json.writeStringField("description", test.description());
        }
        json.writeNumberField("promptIdx", promptIdx);
        json.writeNumberField("testIdx", testIdx);
        writeTestCase(json, suite, test, vars);
        json.writeObjectFieldStart("provider");
        json.writeStringField("id", cell.providerId());
        json.writeStringField("label", suite.providerLabel(provider));
        json.writeEndObject();
        json.writeObjectFieldStart("prompt");
        json.writeStringField("raw", cell.renderedPrompt() == null ? prompt.template() : cell.renderedPrompt());
        json.writeStringField("label", prompt.label());
        json.writeEndObject();
        json.writeObjectField("vars", vars);
        writeResponse(json, cell);
        json.writeStringField("error", cell.error());
        json.writeNumberField("failureReason", CellOutcome.failureReason(cell));
        json.writeBooleanField("success", cell.status() == CellResult.Status.PASSED);
        json.writeNumberField("score", CellOutcome.score(cell));
        json.writeNumberField("latencyMs", cell.latencyMs());
        writeGrade(json, cell.grade());
        json.writeObjectField("namedScores", namedScores(cell.grade()));
        json.writeNumberField("cost", cell.cost() == null ? 0 : cell.cost());
        json.writeObjectFieldStart("metadata");
        json.writeStringField("suite", suite.name());
        json.writeEndObject();
        writeTokens(json, "tokenUsage", cell.promptTokens(), cell.outputTokens(), CellOutcome.called(cell) ? 1 : 0);
        json.writeEndObject();
    }

    private static void writeTestCase(JsonGenerator json, SuiteRun suite, TestDef test, Map<String, Object> vars)
            throws IOException {
        json.writeObjectFieldStart("testCase");
        if (test.description() != null) {
            json.writeStringField("description", test.description());
        }
        json.writeObjectField("vars", vars);
        json.writeArrayFieldStart("assert");
        for (AssertionSpec spec : suite.config().defaultTest().asserts()) {
            writeAssertion(json, spec);
        }
        for (AssertionSpec spec : test.asserts()) {
            writeAssertion(json, spec);
        }
        json.writeEndArray();
        Double threshold = test.threshold() != null ? test.threshold() : suite.config().defaultTest().threshold();
        if (threshold != null) {
            json.writeNumberField("threshold", threshold);
        }
        json.writeObjectFieldStart("options");
        json.writeEndObject();
        json.writeObjectFieldStart("metadata");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeAssertion(JsonGenerator json, AssertionSpec spec) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", spec.displayType());
        if (spec.value() != null) {
            json.writeObjectField("value", spec.value());
        }
        if (spec.threshold() != null) {
            json.writeNumberField("threshold", spec.threshold());
        }
        if (spec.weight() != 1) {
            json.writeNumberField("weight", spec.weight());
        }
        if (spec.metric() != null) {
            json.writeStringField("metric", spec.metric());
        }
        json.writeEndObject();
    }

    private static void writeResponse(JsonGenerator json, CellResult cell) throws IOException {
        if (!CellOutcome.called(cell) && (cell.output() == null || cell.output().isEmpty())) {
            json.writeNullField("response");
            return;
        }
        json.writeObjectFieldStart("response");
        json.writeStringField("output", cell.output() == null ? "" : cell.output());
        if (cell.status() == CellResult.Status.ERROR) {
            json.writeStringField("error", cell.error());
        }
        writeTokens(json, "tokenUsage", cell.promptTokens(), cell.outputTokens(), CellOutcome.called(cell) ? 1 : 0);
        json.writeBooleanField("cached", false);
        json.writeNumberField("latencyMs", cell.latencyMs());
        json.writeEndObject();
    }

    private static void writeGrade(JsonGenerator json, TestGrade grade) throws IOException {
        if (grade == null) {
            json.writeNullField("gradingResult");
            return;
        }
        json.writeObjectFieldStart("gradingResult");
        json.writeBooleanField("pass", grade.pass());
        json.writeNumberField("score", grade.score());
        json.writeStringField("reason", grade.reason() == null ? "" : grade.reason());
        json.writeObjectField("namedScores", namedScores(grade));
        writeTokens(json, "tokensUsed", 0, 0, 0);
        json.writeArrayFieldStart("componentResults");
        for (GradingResult component : grade.components()) {
            json.writeStartObject();
            json.writeBooleanField("pass", component.pass());
            json.writeNumberField("score", component.score());
            json.writeStringField("reason", component.reason() == null ? "" : component.reason());
            json.writeFieldName("assertion");
            writeAssertion(json, component.assertion());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNullField("assertion");
        json.writeEndObject();
    }

    /** promptfoo's namedScores: each named metric's mean score over the assertions that carry it. */
    private static Map<String, Double> namedScores(TestGrade grade) {
        if (grade == null) {
            return Map.of();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (GradingResult component : grade.components()) {
            String metric = component.assertion().metric();
            if (metric != null) {
                double[] sum = sums.computeIfAbsent(metric, k -> new double[2]);
                sum[0] += component.score();
                sum[1]++;
            }
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        sums.forEach((metric, sum) -> scores.put(metric, sum[0] / sum[1]));
        return scores;
    }

    private static void writeStats(RunReport report, JsonGenerator json) throws IOException {
        int successes = 0;
        int failures = 0;
        int errors = 0;
        long prompt = 0;
        long completion = 0;
        int requests = 0;
        for (SuiteRun suite : report.suites()) {
            for (CellResult cell : suite.result().cells()) {
                switch (cell.status()) {
                    case PASSED -> successes++;
                    case FAILED -> failures++;
                    case ERROR, CANCELLED -> errors++;
                }
                prompt += cell.promptTokens();
                completion += cell.outputTokens();
                requests += CellOutcome.called(cell) ? 1 : 0;
            }
        }
        json.writeObjectFieldStart("stats");
        json.writeNumberField("successes", successes);
        json.writeNumberField("failures", failures);
        json.writeNumberField("errors", errors);
        writeTokens(json, "tokenUsage", prompt, completion, requests);
        json.writeNumberField("durationMs", report.durationMs());
        json.writeEndObject();
    }

    static void writeTokens(JsonGenerator json, String field, long prompt, long completion, int requests)
            throws IOException {
        json.writeObjectFieldStart(field);
        json.writeNumberField("total", prompt + completion);
        json.writeNumberField("prompt", prompt);
        json.writeNumberField("completion", completion);
        json.writeNumberField("cached", 0);
        json.writeNumberField("numRequests", requests);
        json.writeEndObject();
    }

    private static void writeConfig(RunReport report, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("config");
        if (report.suites().size() == 1 && report.suites().getFirst().config().description() != null) {
            json.writeStringField("description", report.suites().getFirst().config().description());
        }
        json.writeArrayFieldStart("prompts");
        for (SuiteRun suite : report.suites()) {
            for (PromptDef prompt : suite.config().prompts()) {
                json.writeString(prompt.template());
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("providers");
        for (SuiteRun suite : report.suites()) {
            for (var provider : suite.providers()) {
                json.writeString(provider.id());
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
