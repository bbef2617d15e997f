package dev.aura.plugins.prompts.run;

import static dev.aura.plugins.prompts.run.RunFixture.capitals;
import static dev.aura.plugins.prompts.run.RunFixture.ollamaModels;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.evals.EvalRecord;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.core.testing.ReceivedRequest;
import dev.aura.plugins.prompts.run.CellResult.Status;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SuiteRunnerTest {
    private final RunFixture fx = new RunFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void runsEveryTestPromptAndModelInStableOrderAndGradesEachAnswer() {
        fx.ollama.addModel("llama3").addModel("qwen3").chatScript(ChatScript.answer("Paris", " is", " lovely"));
        List<String> progress = new CopyOnWriteArrayList<>();

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3", "qwen3")), RunOptions.of(3),
                new RecordingJobContext(), (cell, done, total) -> progress.add(done + "/" + total));

        assertThat(result.cells()).hasSize(12);
        assertThat(result.cells()).extracting(c -> c.testIndex() + ":" + c.promptIndex() + ":" + c.model())
                .startsWith("0:0:llama3", "0:0:qwen3", "0:1:llama3", "0:1:qwen3", "1:0:llama3")
                .endsWith("2:1:qwen3");
        assertThat(result.cells()).extracting(c -> c.status())
                .containsExactly(Status.PASSED, Status.PASSED, Status.PASSED, Status.PASSED,
                        Status.FAILED, Status.FAILED, Status.FAILED, Status.FAILED,
                        Status.PASSED, Status.PASSED, Status.PASSED, Status.PASSED);
        CellResult spain = result.cells().get(4);
        assertThat(spain.output()).isEqualTo("Paris is lovely");
        assertThat(spain.grade().reason()).contains("Madrid");
        assertThat(spain.renderedPrompt()).isEqualTo("Capital of Spain?");
        assertThat(result.stats()).extracting(s -> s.successes(), s -> s.failures(), s -> s.errors())
                .containsExactly(8, 4, 0);
        assertThat(result.stats().completionTokens()).isEqualTo(36);
        assertThat(result.stats().totalTokens())
                .isEqualTo(result.stats().promptTokens() + result.stats().completionTokens());
        assertThat(spain.cost()).isGreaterThan(0);
        assertThat(result.cells().get(5).cost()).isZero(); // qwen3 has no price
        assertThat(progress).hasSize(12).contains("12/12");
    }

    @Test
    void writesOneEvalRecordPerGradedCell() {
        fx.ollama.addModel("llama3").addModel("qwen3").chatScript(ChatScript.answer("Paris"));

        fx.runner.run(capitals(ollamaModels("llama3", "qwen3")), RunOptions.of(2), new RecordingJobContext(), null);

        assertThat(fx.evals.records).hasSize(12).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("prompts");
            assertThat(r.suite()).isEqualTo("Capitals");
            assertThat(r.provider()).isEqualTo("ollama");
        });
        assertThat(fx.evals.records).extracting(EvalRecord::caseKey)
                .contains("france / plain", "spain / chat", "test 3 / plain");
        assertThat(fx.evals.records).filteredOn(r -> r.caseKey().equals("spain / chat") && r.model().equals("qwen3"))
                .singleElement().satisfies(r -> assertThat(r.passed()).isFalse());
    }

    @Test
    void sendsChatJsonPromptsAsMessagesAndUsesDefaultTestVarsAndProviderOptions() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Rome"));

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3")), RunOptions.of(1),
                new RecordingJobContext(), null);

        List<ReceivedRequest> chats = fx.ollama.requests("/api/chat");
        assertThat(chats).hasSize(6);
        JsonNode chatCall = chats.get(5).json(); // test 3, chat prompt: country from defaultTest
        assertThat(chatCall.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(chatCall.path("messages").get(0).path("content").asText()).isEqualTo("Answer in one line.");
        assertThat(chatCall.path("messages").get(1).path("content").asText())
                .isEqualTo("What is the capital of Italy?");
        assertThat(chatCall.path("options").path("temperature").asDouble()).isEqualTo(0.2);
        JsonNode plainCall = chats.get(0).json();
        assertThat(plainCall.path("messages")).hasSize(1);
        assertThat(plainCall.path("messages").get(0).path("role").asText()).isEqualTo("user");
        // test 3 inherits defaultTest's not-contains and adds icontains "paris", which "Rome" fails
        assertThat(result.cells().get(4).grade().components()).hasSize(2);
        assertThat(result.cells().get(4).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void concurrencyChangesNeitherResultsNorOrderAndCapsCallsInFlight() {
        fx.ollama.addModel("llama3").addModel("qwen3")
                .chatScript(ChatScript.answer("Paris").withHeaderDelay(Duration.ofMillis(150)));

        SuiteResult serial = fx.runner.run(capitals(ollamaModels("llama3", "qwen3")), RunOptions.of(1),
                new RecordingJobContext(), null);
        int serialMax = fx.gateway.maxRunning.getAndSet(0);
        SuiteResult parallel = fx.runner.run(capitals(ollamaModels("llama3", "qwen3")), RunOptions.of(4),
                new RecordingJobContext(), null);

        assertThat(serialMax).isEqualTo(1);
        assertThat(fx.gateway.maxRunning.get()).isBetween(2, 4);
        assertThat(fx.gateway.allowed.get()).as("the gateway is asked to let the run's calls through").isEqualTo(4);
        assertThat(parallel.cells()).extracting(CellResult::status, CellResult::model, CellResult::renderedPrompt)
                .isEqualTo(serial.cells().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.status(), c.model(), c.renderedPrompt()))
                        .toList());
    }
}
