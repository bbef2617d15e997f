package dev.aura.plugins.prompts.eval.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmRubricAssertionTest {
    private static final String GRADER = "qwen2.5:7b";
    private static final String OUTPUT = "สวัสดีครับ Hello there, how can I help?";

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(GRADER);
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaLlmGateway gateway = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
            GatewayOptions.defaults().withRetries(1, Duration.ofMillis(10)));
    private final DefaultGrader grader = DefaultGrader.deterministic().with(new LlmRubricAssertion(gateway, GRADER));

    @AfterEach
    void tearDown() {
        gateway.close();
        fake.close();
    }

    private GradingResult grade(AssertionSpec spec) {
        return grader.gradeOne(spec, new GradingContext(OUTPUT, Map.of(), "Greet the user", "llama3.2:3b", 5L, null));
    }

    private static AssertionSpec rubric(String text) {
        return AssertionSpec.of("llm-rubric", text);
    }

    @Test
    void passesWhenTheGraderSaysPassWithItsReason() {
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"It greets\",", " \"pass\": true, \"score\": 0.9}"));

        GradingResult result = grade(rubric("Contains a greeting"));

        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(0.9);
        assertThat(result.reason()).isEqualTo("It greets");
    }

    @Test
    void failsWhenTheGraderSaysFailWithScoreFromPass() {
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"No pirate talk\", \"pass\": false}"));

        GradingResult result = grade(rubric("Speaks like a pirate"));

        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.reason()).isEqualTo("No pirate talk");
    }

    @Test
    void aScoreBelowTheThresholdFailsEvenWhenTheGraderPasses() {
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"Somewhat funny\", \"pass\": true, \"score\": 0.4}"));
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"Very funny\", \"pass\": true, \"score\": 0.8}"));

        GradingResult low = grade(rubric("Is funny").withThreshold(0.5));
        GradingResult high = grade(rubric("Is funny").withThreshold(0.5));

        assertThat(low.pass()).isFalse();
        assertThat(low.score()).isEqualTo(0.4);
        assertThat(low.reason()).isEqualTo("Score 0.4 below threshold 0.5. Somewhat funny");
        assertThat(high.pass()).isTrue();
        assertThat(high.reason()).isEqualTo("Very funny");
    }

    @Test
    void readsTheFirstJsonObjectInsideProseAndCodeFences() {
        fake.enqueueChat(ChatScript.answer("Sure! Here is my grading {not json}:\n```json\n",
                "{\"reason\": \"polite {and} brief\", \"pass\": \"yes\", \"score\": \"0.75\"}\n```\nHope it helps."));

        GradingResult result = grade(rubric("Is polite"));

        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(0.75);
        assertThat(result.reason()).isEqualTo("polite {and} brief");
    }

    @Test
    void anAnswerWithoutJsonFailsAndQuotesTheAnswerShortened() {
        String rambling = "I think the output is fine. ".repeat(30);
        fake.enqueueChat(ChatScript.answer(rambling));

        GradingResult result = grade(rubric("Is polite"));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Could not extract JSON from the llm-rubric grader's answer: \"I think")
                .contains("…").contains("pick a grader model").hasSizeLessThan(rambling.length());
    }

    @Test
    void aMissingGraderModelFailsWithAPullHint() {
        LlmRubricAssertion missing = new LlmRubricAssertion(gateway, "llama3.1:70b");

        GradingResult result = missing.grade(rubric("Is polite"), new GradingContext(OUTPUT, null, null, null, null,
                null));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("'llama3.1:70b' is not installed")
                .contains("Pull the grader model llama3.1:70b").contains("ollama pull llama3.1:70b");
    }

    @Test
    void ollamaDownFailsWithAStartHintAlsoInTheNotForm() {
        fake.stop();

        GradingResult positive = grade(rubric("Is polite"));
        GradingResult negated = grade(AssertionSpec.of("not-llm-rubric", "Is polite"));

        assertThat(positive.pass()).isFalse();
        assertThat(positive.reason()).contains("Ollama is not reachable").contains("Start Ollama");
        assertThat(negated.pass()).isFalse();
        assertThat(negated.reason()).contains("Start Ollama");
    }

    @Test
    void theNotFormInvertsTheGradersVerdictAndScore() {
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"It greets\", \"pass\": true, \"score\": 0.9}"));
        fake.enqueueChat(ChatScript.answer("{\"reason\": \"No pirate talk\", \"pass\": false, \"score\": 0.1}"));

        GradingResult greets = grade(AssertionSpec.of("not-llm-rubric", "Contains a greeting"));
        GradingResult pirate = grade(AssertionSpec.of("not-llm-rubric", "Speaks like a pirate"));

        assertThat(greets.pass()).isFalse();
        assertThat(greets.score()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(greets.reason()).isEqualTo("Expected output to not pass the rubric: It greets");
        assertThat(pirate.pass()).isTrue();
        assertThat(pirate.score()).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theGraderReceivesTheRubricAndTheOutputAtTemperatureZeroUnderThePromptsSource() throws Exception {
        fake.enqueueChat(ChatScript.answer("{\"pass\": true}"));

        GradingResult result = grade(rubric("Answers in Thai"));

        assertThat(result.pass()).isTrue();
        assertThat(result.reason()).isEqualTo("Grading passed");
        JsonNode request = fake.lastRequest("/api/chat").orElseThrow().json();
        assertThat(request.path("model").asText()).isEqualTo(GRADER);
        assertThat(request.path("options").path("temperature").asDouble(-1)).isZero();
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(request.path("messages").get(0).path("content").asText()).contains("JSON");
        assertThat(request.path("messages").get(1).path("content").asText())
                .isEqualTo("<Output>\n" + OUTPUT + "\n</Output>\n<Rubric>\nAnswers in Thai\n</Rubric>");
        List<UsageRecord> records = usage.awaitRecords(1, Duration.ofSeconds(5));
        assertThat(records).extracting(UsageRecord::source).containsExactly(LlmRubricAssertion.SOURCE);
    }

    @Test
    void aCustomGradingPromptReplacesTheDefaultAndAnObjectRubricIsSentAsJson() {
        fake.enqueueChat(ChatScript.answer("{\"pass\": false, \"reason\": \"too long\"}"));
        LlmRubricAssertion custom = new LlmRubricAssertion(gateway, GRADER, null,
                GradingPrompt.of(null, "Judge {{output}} by {{ rubric }}; say JSON"));

        GradingResult result = custom.grade(AssertionSpec.of("llm-rubric", Map.of("maxWords", 5)),
                new GradingContext("short {{ rubric }}", null, null, null, null, null));

        assertThat(result.pass()).isFalse();
        JsonNode messages = fake.lastRequest("/api/chat").orElseThrow().json().path("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).path("content").asText())
                .isEqualTo("Judge short {{ rubric }} by {\"maxWords\":5}; say JSON");
    }

    @Test
    void aMissingRubricIsAConfigurationError() {
        assertThatThrownBy(() -> grade(rubric(" "))).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("needs its rubric as text");
    }
}
