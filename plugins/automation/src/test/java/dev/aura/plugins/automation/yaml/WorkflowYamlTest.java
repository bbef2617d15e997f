package dev.aura.plugins.automation.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.OnError;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RetryPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowYamlTest {
    private final WorkflowYamlReader reader = new WorkflowYamlReader();
    private final WorkflowYamlWriter writer = new WorkflowYamlWriter();

    private static Workflow everyStepType() {
        List<Step> steps = List.of(
                new Step("fetch", new StepType.Http("GET", "https://example.com/{{ vars.page }}",
                        Map.of("Accept", "application/json"), null, Duration.ofSeconds(20)),
                        new RetryPolicy(3, Duration.ofSeconds(2)), Duration.ofMinutes(1), OnError.goTo("failed")),
                Step.of("ask", new StepType.Prompt("Summarize {{ steps.fetch.text }}", null, "llama3.2",
                        Map.of("temperature", 0.2, "num_ctx", 2048L), true, "{\"type\": \"object\"}")),
                Step.of("card", new StepType.Prompt(null, "prod", "llama3.2", Map.of(), false, null)),
                Step.of("title", new StepType.Transform(null, "$.title", "ask")),
                Step.of("check", new StepType.Condition("steps.title.text",
                        List.of(Step.of("save", new StepType.Files(FileOperation.WRITE, "{{ vars.page }}.md", null,
                                "{{ steps.title.text }}"))),
                        List.of(Step.of("wait", new StepType.Delay(Duration.ofMillis(1500)))))),
                Step.of("each", new StepType.ForEach("steps.ask.json.items",
                        List.of(Step.of("line", new StepType.Transform("- {{ item }}", null, null))), 3)),
                Step.of("sub", new StepType.RunWorkflow("digest", Map.of("day", "{{ vars.page }}"))),
                Step.of("ok", new StepType.Approval("Publish?")).withOnError(OnError.CONTINUE),
                Step.of("done", new StepType.Notify("Done", "Saved {{ vars.page }}")),
                Step.of("ls", new StepType.Shell("ls", List.of("-l", "{{ vars.page }}"))),
                Step.of("failed", new StepType.Notify(null, "It failed")));
        return new Workflow("digest", "Fetches and summarizes", Map.of("page", "home"), steps,
                List.of(new Trigger.Manual(), new Trigger.Cron("0 9 * * 1-5"), new Trigger.Interval(Duration.ofHours(2)),
                        new Trigger.FolderWatch(Path.of("/tmp/in"), Duration.ofSeconds(2)), new Trigger.AppStart()),
                new Permissions(List.of(Path.of("/tmp/notes"), Path.of("/tmp/in")), List.of("example.com"), List.of("ls"), true));
    }

    @Test
    void everyStepTypeSurvivesAWriteAndReadBack() {
        Workflow workflow = everyStepType();

        String yaml = writer.write(workflow);

        assertThat(reader.read("digest.yaml", yaml)).isEqualTo(workflow);
    }

    @Test
    void readsAHandWrittenFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summarize.yaml");
        Files.writeString(file, """
                name: summarize
                variables:
                  folder: inbox
                permissions:
                  folders: [/tmp/notes]
                triggers:
                  - cron: "*/15 * * * *"
                steps:
                  - id: list
                    type: files
                    operation: list
                    path: "{{ vars.folder }}"
                  - id: pause
                    type: delay
                    duration: 5m
                    retry: {attempts: 2, backoff: 500ms}
                """);

        Workflow workflow = reader.read(file);

        assertThat(workflow.steps()).extracting(Step::id).containsExactly("list", "pause");
        assertThat(workflow.steps().get(1).type()).isEqualTo(new StepType.Delay(Duration.ofMinutes(5)));
        assertThat(workflow.steps().get(1).retry()).isEqualTo(new RetryPolicy(2, Duration.ofMillis(500)));
        assertThat(workflow.triggers()).containsExactly(new Trigger.Cron("*/15 * * * *"));
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() {
        assertThatThrownBy(() -> reader.read("bad.yaml", "name: x\nsteps:\n  - id: a\n   type: [unclosed\n"))
                .isInstanceOf(WorkflowFileException.class)
                .hasMessageStartingWith("bad.yaml:4:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void missingFieldPointsAtTheStep() {
        String yaml = "name: x\nsteps:\n  - id: a\n    type: transform\n    template: hi\n  - id: b\n    type: http\n";

        assertThatThrownBy(() -> reader.read("flow.yaml", yaml))
                .isInstanceOfSatisfying(WorkflowFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isEqualTo(5);
                })
                .hasMessage("flow.yaml:6:5: Step 'b': needs a URL ('url').");
    }

    @Test
    void unknownKeyIsNamedWithTheKeysThatAreAllowed() {
        String yaml = "name: x\nsteps:\n  - id: a\n    type: http\n    urll: https://example.com\n";

        assertThatThrownBy(() -> reader.read("flow.yaml", yaml))
                .hasMessageStartingWith("flow.yaml:5:11: Unknown key 'urll' in step 'a'")
                .hasMessageContaining("url");
    }

    @Test
    void unknownStepTypeListsTheKnownOnes() {
        assertThatThrownBy(() -> reader.read("f.yaml", "name: x\nsteps:\n  - id: a\n    type: email\n"))
                .hasMessageStartingWith("f.yaml:4:11: Unknown step type 'email'")
                .hasMessageContaining("transform");
    }

    @Test
    void invalidCronIsReportedWhereItIsWritten() {
        String yaml = "name: x\ntriggers:\n  - cron: \"99 * * * *\"\nsteps:\n  - id: a\n    type: delay\n    duration: 1s\n";

        assertThatThrownBy(() -> reader.read("f.yaml", yaml))
                .hasMessageStartingWith("f.yaml:3:11: '99 * * * *' is not a valid cron expression");
    }

    @Test
    void referenceToALaterStepFailsTheImport() {
        String yaml = "name: x\nsteps:\n  - id: a\n    type: transform\n    template: \"{{ steps.b.text }}\"\n"
                + "  - id: b\n    type: transform\n    template: b\n";

        assertThatThrownBy(() -> reader.read("f.yaml", yaml))
                .hasMessageStartingWith("f.yaml:3:5: Step 'a': it uses steps.b");
    }

    @Test
    void badDurationSaysHowToWriteOne() {
        assertThatThrownBy(() -> reader.read("f.yaml", "name: x\nsteps:\n  - id: a\n    type: delay\n    duration: soon\n"))
                .hasMessageStartingWith("f.yaml:5:15: 'soon' is not a duration; write it like 500ms");
    }
}
