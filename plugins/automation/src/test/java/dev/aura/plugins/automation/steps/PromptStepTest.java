package dev.aura.plugins.automation.steps;

import static dev.aura.plugins.automation.engine.RunnerFixture.START;
import static dev.aura.plugins.automation.engine.RunnerFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.plugins.automation.engine.ManualScheduler;
import dev.aura.plugins.automation.engine.RunListener;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.WorkflowRunner;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromptStepTest {
    private static final String MODEL = "llama3.2";

    private final FakeOllamaServer ollama = new FakeOllamaServer().addModel(MODEL);
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaLlmGateway gateway = new OllamaLlmGateway(new OllamaConnection(ollama.url()), usage,
            GatewayOptions.defaults().withRetries(1, Duration.ofMillis(10)));
    private final StepTemplates templates = new StepTemplates();
    private final WorkflowRunner runner = new WorkflowRunner(new StepExecutors(templates, gateway,
            label -> label.equals("prod") ? Optional.of("Card says hi to {{ vars.who }}") : Optional.empty()),
            templates, new ManualScheduler(START));

    @AfterEach
    void tearDown() {
        gateway.close();
        ollama.close();
    }

    private RunRecord run(StepType.Prompt prompt) {
        return runner.run(workflow(Permissions.NONE, Map.of("who", "Ann"), Step.of("ask", prompt)), Map.of(),
                RunListener.NONE);
    }

    @Test
    void inlinePromptIsRenderedAndAnsweredByTheModel() {
        ollama.chatScript(ChatScript.answer("Hello", " Ann"));

        RunRecord run = run(new StepType.Prompt("Greet {{ vars.who }}", null, MODEL, Map.of(), false, null));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.step("ask").orElseThrow().output()).containsEntry("text", "Hello Ann");
        assertThat(run.step("ask").orElseThrow().inputs()).containsEntry("prompt", "Greet Ann");
        assertThat(ollama.requests("/api/chat")).singleElement()
                .satisfies(request -> assertThat(request.body()).contains("Greet Ann"));
    }

    @Test
    void parametersReachTheModelCall() {
        ollama.chatScript(ChatScript.answer("ok"));

        run(new StepType.Prompt("Hi", null, MODEL, Map.of("temperature", 0.2, "num_ctx", 2048L), false, null));

        assertThat(ollama.requests("/api/chat")).singleElement().satisfies(request -> {
            assertThat(request.json().at("/options/temperature").asDouble()).isEqualTo(0.2);
            assertThat(request.json().at("/options/num_ctx").asInt()).isEqualTo(2048);
        });
    }

    @Test
    void unknownParameterIsNamed() {
        RunRecord run = run(new StepType.Prompt("Hi", null, MODEL, Map.of("warmth", 1L), false, null));

        assertThat(run.step("ask").orElseThrow().error()).contains("'warmth' is not supported");
    }

    @Test
    void jsonOutputIsParsedEvenInsideACodeFence() {
        ollama.chatScript(ChatScript.answer("```json\n{\"title\": ", "\"Done\"}\n```"));

        RunRecord run = run(new StepType.Prompt("Give JSON", null, MODEL, Map.of(), true, null));

        assertThat(run.step("ask").orElseThrow().output()).containsEntry("json", Map.of("title", "Done"));
    }

    @Test
    void jsonThatBreaksTheSchemaFailsTheStepWithWhatIsWrong() {
        ollama.chatScript(ChatScript.answer("{\"title\": 5}"));
        String schema = "{\"type\": \"object\", \"required\": [\"title\", \"tags\"],"
                + " \"properties\": {\"title\": {\"type\": \"string\"}}}";

        RunRecord run = run(new StepType.Prompt("Give JSON", null, MODEL, Map.of(), true, schema));

        assertThat(run.step("ask").orElseThrow().error()).contains("does not match the step's schema")
                .contains("tags").contains("title");
    }

    @Test
    void jsonThatMatchesTheSchemaPasses() {
        ollama.chatScript(ChatScript.answer("{\"title\": \"ok\"}"));

        RunRecord run = run(new StepType.Prompt("Give JSON", null, MODEL, Map.of(), true,
                "{\"type\": \"object\", \"required\": [\"title\"]}"));

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void answerThatIsNotJsonFailsWhenJsonWasAskedFor() {
        ollama.chatScript(ChatScript.answer("Sorry, no."));

        RunRecord run = run(new StepType.Prompt("Give JSON", null, MODEL, Map.of(), true, null));

        assertThat(run.step("ask").orElseThrow().error()).contains("asked for JSON but answered: Sorry, no.");
    }

    @Test
    void cardLabelUsesTheCardsTemplate() {
        ollama.chatScript(ChatScript.answer("ok"));

        RunRecord run = run(new StepType.Prompt(null, "prod", MODEL, Map.of(), false, null));

        assertThat(run.step("ask").orElseThrow().inputs()).containsEntry("prompt", "Card says hi to Ann");
    }

    @Test
    void unknownCardLabelSaysWhatToDo() {
        RunRecord run = run(new StepType.Prompt(null, "missing", MODEL, Map.of(), false, null));

        assertThat(run.step("ask").orElseThrow().error()).contains("No prompt card version has the label 'missing'");
    }

    @Test
    void missingModelFailsTheStepWithTheModelsName() {
        RunRecord run = run(new StepType.Prompt("Hi", null, "absent:1b", Map.of(), false, null));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("ask").orElseThrow().error()).contains("absent:1b");
    }
}
