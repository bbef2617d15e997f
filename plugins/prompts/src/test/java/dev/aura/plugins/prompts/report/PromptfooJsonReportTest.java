package dev.aura.plugins.prompts.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON report read back the way tools built for {@code promptfoo eval -o out.json} read it. */
class PromptfooJsonReportTest {
    private static JsonNode write(RunReport report) throws Exception {
        StringWriter out = new StringWriter();
        new PromptfooJsonReport().write(report, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void topLevelIsPromptfoosOutputShape() throws Exception {
        JsonNode root = write(ReportSamples.report());

        assertThat(root.path("evalId").asText()).startsWith("eval-");
        assertThat(root.has("config")).isTrue();
        assertThat(root.has("shareableUrl")).isTrue();
        JsonNode results = root.path("results");
        assertThat(results.path("version").asInt()).isEqualTo(3);
        assertThat(results.path("timestamp").asText()).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(results.path("results").isArray()).isTrue();
        assertThat(results.path("prompts").isArray()).isTrue();
    }

    @Test
    void statsCountSuccessesFailuresErrorsAndTokens() throws Exception {
        JsonNode stats = write(ReportSamples.report()).path("results").path("stats");

        assertThat(stats.path("successes").asInt()).isEqualTo(4);
        assertThat(stats.path("failures").asInt()).isEqualTo(2);
        assertThat(stats.path("errors").asInt()).isEqualTo(2);
        JsonNode tokens = stats.path("tokenUsage");
        assertThat(tokens.path("prompt").asInt()).isEqualTo(60);
        assertThat(tokens.path("completion").asInt()).isEqualTo(24);
        assertThat(tokens.path("total").asInt()).isEqualTo(84);
        assertThat(tokens.path("cached").asInt()).isZero();
        assertThat(tokens.path("numRequests").asInt()).isEqualTo(6);
        assertThat(stats.path("durationMs").asLong()).isEqualTo(1500);
    }

    @Test
    void promptsAreOnePerPromptAndProviderWithMetrics() throws Exception {
        JsonNode prompts = write(ReportSamples.report()).path("results").path("prompts");

        assertThat(prompts).hasSize(4);
        assertThat(prompts.get(0).path("raw").asText()).isEqualTo("Hi {{ name }}");
        assertThat(prompts.get(0).path("label").asText()).isEqualTo("short");
        assertThat(prompts.get(0).path("provider").asText()).isEqualTo("Llama");
        assertThat(prompts.get(2).path("provider").asText()).isEqualTo("ollama:chat:qwen3");
        JsonNode metrics = prompts.get(0).path("metrics");
        assertThat(metrics.path("testPassCount").asInt()).isEqualTo(1);
        assertThat(metrics.path("testFailCount").asInt()).isEqualTo(1);
        assertThat(metrics.path("testErrorCount").asInt()).isZero();
        assertThat(metrics.path("assertPassCount").asInt()).isEqualTo(3);
        assertThat(metrics.path("assertFailCount").asInt()).isEqualTo(1);
        assertThat(prompts.get(2).path("metrics").path("testErrorCount").asInt()).isEqualTo(1);
    }

    @Test
    void eachResultCarriesWhatPromptfooToolsRead() throws Exception {
        JsonNode results = write(ReportSamples.report()).path("results").path("results");

        assertThat(results).hasSize(8);
        JsonNode first = results.get(0);
        assertThat(first.path("promptIdx").asInt()).isZero();
        assertThat(first.path("testIdx").asInt()).isZero();
        assertThat(first.path("description").asText()).isEqualTo("greets");
        assertThat(first.path("testCase").path("vars").path("name").asText()).isEqualTo("Ann");
        assertThat(first.path("testCase").path("vars").path("lang").asText()).isEqualTo("en");
        assertThat(first.path("testCase").path("assert").get(0).path("type").asText()).isEqualTo("not-contains");
        assertThat(first.path("prompt").path("raw").asText()).isEqualTo("Hi Ann");
        assertThat(first.path("prompt").path("label").asText()).isEqualTo("short");
        assertThat(first.path("provider").path("id").asText()).isEqualTo("ollama:chat:llama3.2");
        assertThat(first.path("provider").path("label").asText()).isEqualTo("Llama");
        assertThat(first.path("vars").path("name").asText()).isEqualTo("Ann");
        assertThat(first.path("response").path("output").asText()).isEqualTo("Hello, \"friend\"\nHow are you?");
        assertThat(first.path("response").path("tokenUsage").path("total").asInt()).isEqualTo(14);
        assertThat(first.path("success").asBoolean()).isTrue();
        assertThat(first.path("score").asDouble()).isEqualTo(1.0);
        assertThat(first.path("latencyMs").asLong()).isEqualTo(250);
        assertThat(first.path("failureReason").asInt()).isEqualTo(0);
        assertThat(first.path("cost").asDouble()).isEqualTo(0.001);
        assertThat(first.path("namedScores").path("politeness").asDouble()).isEqualTo(1.0);
        JsonNode grading = first.path("gradingResult");
        assertThat(grading.path("pass").asBoolean()).isTrue();
        assertThat(grading.path("componentResults")).hasSize(2);
        assertThat(grading.path("componentResults").get(0).path("assertion").path("type").asText())
                .isEqualTo("not-contains");
        assertThat(grading.path("componentResults").get(0).path("assertion").path("weight").asDouble())
                .isEqualTo(2.0);
    }

    @Test
    void promptIdxIndexesPromptsByProviderThenPromptAndFailuresHaveTheirReason() throws Exception {
        JsonNode root = write(ReportSamples.report()).path("results");
        List<JsonNode> results = StreamSupport.stream(root.path("results").spliterator(), false).toList();

        JsonNode failed = results.get(4); // test 2, prompt 0, provider 0
        assertThat(failed.path("testIdx").asInt()).isEqualTo(1);
        assertThat(failed.path("success").asBoolean()).isFalse();
        assertThat(failed.path("failureReason").asInt()).isEqualTo(1);
        assertThat(failed.path("gradingResult").path("reason").asText()).contains("Hello");
        assertThat(failed.path("testCase").path("threshold").asDouble()).isEqualTo(0.5);
        JsonNode errored = results.get(7); // test 2, prompt 1, provider 1
        assertThat(errored.path("promptIdx").asInt()).isEqualTo(3);
        assertThat(errored.path("failureReason").asInt()).isEqualTo(2);
        assertThat(errored.path("error").asText()).contains("ollama pull qwen3");
        assertThat(errored.path("gradingResult").isNull()).isTrue();
        for (JsonNode result : results) {
            JsonNode prompt = root.path("prompts").get(result.path("promptIdx").asInt());
            assertThat(prompt.path("provider").asText()).isEqualTo(result.path("provider").path("label").asText());
        }
    }

    @Test
    void severalSuitesFollowEachOtherWithShiftedIndexes() throws Exception {
        RunReport two = new RunReport(ReportSamples.AT, List.of(ReportSamples.suite(), ReportSamples.suite()), 10);

        JsonNode results = write(two).path("results");

        assertThat(results.path("prompts")).hasSize(8);
        assertThat(results.path("results")).hasSize(16);
        assertThat(results.path("results").get(8).path("promptIdx").asInt()).isEqualTo(4);
        assertThat(results.path("results").get(8).path("testIdx").asInt()).isEqualTo(2);
        assertThat(results.path("stats").path("successes").asInt()).isEqualTo(8);
    }
}
