package dev.aura.plugins.prompts.run;

import static dev.aura.plugins.prompts.run.RunFixture.capitals;
import static dev.aura.plugins.prompts.run.RunFixture.ollamaModels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.PromptDef;
import dev.aura.plugins.prompts.promptfoo.PromptfooConfig;
import dev.aura.plugins.prompts.promptfoo.ProviderDef;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import dev.aura.plugins.prompts.run.CellResult.Status;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SuiteRunnerFailuresTest {
    private final RunFixture fx = new RunFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aMissingModelMakesErrorCellsWhileTheOtherModelRuns() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"));

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3", "ghost")), RunOptions.of(2),
                new RecordingJobContext(), null);

        assertThat(result.cells()).filteredOn(c -> c.model().equals("ghost")).hasSize(6).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(Status.ERROR);
            assertThat(c.grade()).isNull();
            assertThat(c.error()).contains("ghost");
        });
        assertThat(result.cells()).filteredOn(c -> c.model().equals("llama3"))
                .noneMatch(c -> c.status() == Status.ERROR);
        assertThat(result.stats().errors()).isEqualTo(6);
        assertThat(result.stats().successes() + result.stats().failures()).isEqualTo(6);
        assertThat(fx.evals.records).hasSize(6).allMatch(r -> r.model().equals("llama3"));
    }

    @Test
    void aDisconnectMidAnswerFailsOnlyThatCell() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"))
                .enqueueChat(ChatScript.answer("Par", "is", " is", " nice").withDisconnectAfter(1));

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3")), RunOptions.of(1),
                new RecordingJobContext(), null);

        CellResult first = result.cells().getFirst();
        assertThat(first.status()).isEqualTo(Status.ERROR);
        assertThat(first.error()).contains("closed before 'llama3' finished");
        assertThat(first.output()).isEqualTo("Par");
        assertThat(result.cells().subList(1, 6)).noneMatch(c -> c.status() == Status.ERROR);
        assertThat(result.stats().errors()).isEqualTo(1);
    }

    @Test
    void ollamaDownMakesEveryCellAnErrorThatSaysWhatToDo() {
        fx.ollama.addModel("llama3");
        fx.ollama.stop();

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3")), RunOptions.of(1),
                new RecordingJobContext(), null);

        assertThat(result.cells()).hasSize(6).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(Status.ERROR);
            assertThat(c.error()).containsIgnoringCase("ollama");
        });
        assertThat(fx.gateway.calls.get()).as("the first unreachable call ends the waiting for the rest").isEqualTo(1);
        assertThat(fx.evals.records).isEmpty();
    }

    @Test
    void cancellingCancelsTheCallsInFlightAndReturnsPromptly() throws Exception {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris", " is").withStallAfter(0));
        RecordingJobContext job = new RecordingJobContext();

        CompletableFuture<SuiteResult> run = CompletableFuture.supplyAsync(
                () -> fx.runner.run(capitals(ollamaModels("llama3")), RunOptions.of(2), job, null));
        // both calls must have reached Ollama, so that cancelling has connections to hang up
        while (fx.ollama.requests("/api/chat").size() < 2) {
            Thread.sleep(10);
        }
        job.cancel();
        SuiteResult result = run.get(5, TimeUnit.SECONDS);

        assertThat(result.cells()).hasSize(6).allMatch(c -> c.status() == Status.CANCELLED);
        assertThat(result.stats().cancelled()).isEqualTo(6);
        assertThat(fx.gateway.calls.get()).isEqualTo(2);
        assertThat(fx.ollama.awaitClientDisconnects(2, java.time.Duration.ofSeconds(5))).isTrue();
        assertThat(fx.evals.records).isEmpty();
    }

    @Test
    void cancellingKeepsTheCellsThatFinishedAndStartsNoMore() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"));
        RecordingJobContext job = new RecordingJobContext();

        SuiteResult result = fx.runner.run(capitals(ollamaModels("llama3")), RunOptions.of(1), job,
                (cell, done, total) -> job.cancel());

        assertThat(result.cells().getFirst().status()).isEqualTo(Status.PASSED);
        assertThat(result.cells().subList(1, 6)).allMatch(c -> c.status() == Status.CANCELLED);
        assertThat(fx.gateway.calls.get()).isEqualTo(1);
        assertThat(fx.evals.records).hasSize(1);
    }

    @Test
    void anUnsupportedProviderGetsErrorCellsWithoutAnyCall() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"));
        List<ProviderDef> providers = List.of(new ProviderDef("openai:chat:gpt-4o", null, "chat", "gpt-4o", Map.of()),
                ollamaModels("llama3").getFirst());

        SuiteResult result = fx.runner.run(capitals(providers), RunOptions.of(2), new RecordingJobContext(), null);

        assertThat(result.cells()).filteredOn(c -> c.providerId().startsWith("openai")).hasSize(6)
                .allSatisfy(c -> assertThat(c.error())
                        .startsWith("provider openai:chat:gpt-4o is not supported here; use --models"));
        assertThat(fx.gateway.calls.get()).isEqualTo(6);
    }

    @Test
    void modelsOverrideReplacesTheProvidersAndTheFileNameNamesAnUndescribedSuite() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"));
        PromptfooConfig config = capitals(List.of(new ProviderDef("openai:gpt-4o", null, "chat", "gpt-4o", Map.of())));
        PromptfooConfig undescribed = new PromptfooConfig(null, config.prompts(), config.providers(), config.tests(),
                config.defaultTest(), List.of());

        SuiteResult result = fx.runner.run(undescribed, new RunOptions(2, List.of("llama3"), "capitals.yaml"),
                new RecordingJobContext(), null);

        assertThat(result.cells()).hasSize(6).allSatisfy(c -> {
            assertThat(c.providerId()).isEqualTo("ollama:chat:llama3");
            assertThat(c.status()).isNotEqualTo(Status.ERROR);
        });
        assertThat(fx.evals.records).allMatch(r -> r.suite().equals("capitals.yaml"));
    }

    @Test
    void aBrokenTemplateOrAssertionMakesAnErrorCellNamingTheProblem() {
        fx.ollama.addModel("llama3").chatScript(ChatScript.answer("Paris"));
        PromptfooConfig config = new PromptfooConfig("Broken",
                List.of(new PromptDef("bad", "Hi\n  {{ country | shout }}"), new PromptDef("good", "{{ country }}")),
                ollamaModels("llama3"),
                List.of(new TestDef("t", Map.of("country", "France"),
                        List.of(AssertionSpec.of("not-contain", "x")), null)),
                null, List.of());

        SuiteResult result = fx.runner.run(config, RunOptions.of(1), new RecordingJobContext(), null);

        assertThat(result.cells().get(0).error()).contains("line 2").contains("shout");
        assertThat(result.cells().get(1).error()).contains("not-contain");
        assertThat(result.cells().get(1).output()).isEqualTo("Paris");
        assertThat(result.stats().errors()).isEqualTo(2);
        assertThat(fx.gateway.calls.get()).isEqualTo(1);
    }
}
