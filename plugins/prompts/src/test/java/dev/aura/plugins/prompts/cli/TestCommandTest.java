package dev.aura.plugins.prompts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura cards test} on config files against a fake Ollama: summary, exit codes, options, Ctrl+C. */
class TestCommandTest {
    @TempDir
    Path dir;

    private CardsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new CardsCliFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void allPassingExitsZeroWithTheSummary() {
        Path config = fixture.file("pass.yaml", CardsCliFixture.config("Hello", "fake"));

        CliRun run = fixture.run("test", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("Tests: 2  Cells: 2  Passed: 2  Failed: 0  Errors: 0  Pass rate: 100.0%")
                .contains("Tokens: ").contains("Duration: ").doesNotContain("Failing cells");
        assertThat(run.err()).isEmpty();
        assertThat(fixture.ollama.requests("/api/chat")).hasSize(2);
    }

    @Test
    void someFailingExits100AndListsTheFailingCells() {
        Path config = fixture.file("mixed.yaml", CardsCliFixture.config("Hello", "Paris"));

        CliRun run = fixture.run("test", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.TESTS_FAILED);
        assertThat(run.out()).contains("Failing cells:")
                .containsPattern("FAIL  case 2 \\| Say hello to \\{\\{ name }} \\| ollama:chat:llama3.2: .*Paris")
                .doesNotContain("case 1 |")
                .contains("Passed: 1  Failed: 1  Errors: 0");
    }

    @Test
    void anErrorCellExits1EvenWithFailures() {
        Path config = fixture.file("err.yaml", CardsCliFixture.config("Paris").replace(
                "  - ollama:chat:llama3.2", "  - ollama:chat:llama3.2\n  - ollama:chat:missing-model"));

        CliRun run = fixture.run("test", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.out()).contains("ERROR  case 1 | Say hello to {{ name }} | ollama:chat:missing-model")
                .contains("Passed: 0  Failed: 1  Errors: 1");
    }

    @Test
    void anUnsupportedProviderIsAnErrorCellSayingWhatToDo() {
        Path config = fixture.file("bedrock.yaml", CardsCliFixture.config("Hello").replace("ollama:chat:llama3.2",
                "bedrock:claude"));

        CliRun run = fixture.run("test", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("warning: ").contains("bedrock:claude");
        assertThat(run.out()).contains("--models");
        assertThat(fixture.ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void modelsOverrideRunsOnTheGivenModelsInstead() {
        fixture.ollama.addModel("qwen3");
        Path config = fixture.file("pass.yaml", CardsCliFixture.config("Hello"));

        CliRun run = fixture.run("test", config.toString(), "--models", "qwen3,llama3.2", "-j", "1");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(fixture.ollama.requests("/api/chat")).extracting(r -> r.json().path("model").asText())
                .containsExactlyInAnyOrder("qwen3", "llama3.2");
    }

    @Test
    void malformedYamlExits1WithFileLineAndColumn() {
        Path config = fixture.file("broken.yaml", "prompts:\n  - \"unclosed\n  - other\nproviders: [ollama:chat:x\n");

        CliRun run = fixture.run("test", config.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).containsPattern("broken\\.yaml:\\d+:\\d+: invalid YAML");
        assertThat(fixture.ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void badUsageExits2BeforeAnythingRuns() {
        Path config = fixture.file("pass.yaml", CardsCliFixture.config("Hello"));

        CliRun badExtension = fixture.run("test", config.toString(), "-o", dir.resolve("out.xml").toString());
        CliRun badConcurrency = fixture.run("test", config.toString(), "-j", "0");
        CliRun unknownOption = fixture.run("test", config.toString(), "--bogus");
        CliRun noPath = fixture.run("test");

        assertThat(badExtension.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(badExtension.err()).contains("out.xml").contains(".json, .junit.xml or .csv");
        assertThat(badConcurrency.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(badConcurrency.err()).contains("-j 1");
        assertThat(unknownOption.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(noPath.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(fixture.ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void aFolderRunsItsConfigsAndReportsEach() {
        fixture.file("suite/a.yaml", CardsCliFixture.config("Hello"));
        fixture.file("suite/b.yml", CardsCliFixture.config("Paris"));
        fixture.file("suite/nested/promptfooconfig.yaml", CardsCliFixture.config("fake"));
        fixture.file("suite/notes.txt", "not a config");

        CliRun run = fixture.run("test", dir.resolve("suite").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.TESTS_FAILED);
        assertThat(run.out()).contains("a.yaml: 1 passed, 0 failed, 0 errors")
                .contains("b.yml: 0 passed, 1 failed, 0 errors")
                .contains("promptfooconfig.yaml: 1 passed, 0 failed, 0 errors")
                .contains("Cells: 3  Passed: 2  Failed: 1");
    }

    @Test
    void aFolderWithPromptfooconfigRunsOnlyThatConfig() {
        fixture.file("proj/promptfooconfig.yaml", CardsCliFixture.config("Hello"));
        fixture.file("proj/tests.yaml", "- vars: {name: x}\n");

        CliRun run = fixture.run("test", dir.resolve("proj").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("Cells: 1  Passed: 1");
    }

    @Test
    void aBadConfigInAFolderIsReportedAndTheOthersStillRun() {
        fixture.file("mix/good.yaml", CardsCliFixture.config("Hello"));
        fixture.file("mix/zbad.yaml", "prompts: [\n");

        CliRun run = fixture.run("test", dir.resolve("mix").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("zbad.yaml:");
        assertThat(run.out()).contains("Cells: 1  Passed: 1");
    }

    @Test
    void aPathThatIsNothingIsAUsageError() {
        CliRun run = fixture.run("test", dir.resolve("nowhere.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(run.err()).contains("nowhere.yaml").contains("aura cards list");
    }

    @Test
    void writesEveryRequestedReportAndSaysSo() throws Exception {
        Path config = fixture.file("mixed.yaml", CardsCliFixture.config("Hello", "Paris"));
        Path json = dir.resolve("out/results.json");
        Files.createDirectories(json.getParent());

        CliRun run = fixture.run("test", config.toString(), "-o", json.toString(), "-o",
                dir.resolve("out/results.junit.xml").toString(), "--output", dir.resolve("out/results.csv").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.TESTS_FAILED);
        assertThat(run.err()).contains("Wrote " + json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("results").path("stats").path("successes").asInt()).isEqualTo(1);
        assertThat(root.path("results").path("stats").path("failures").asInt()).isEqualTo(1);
        assertThat(root.path("results").path("results")).hasSize(2);
        assertThat(Files.readString(dir.resolve("out/results.junit.xml"))).contains("<failure");
        assertThat(Files.readAllLines(dir.resolve("out/results.csv"))).hasSize(3);
        try (var files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.json",
                    "results.junit.xml", "results.csv");
        }
    }

    @Test
    void anUnwritableOutputExits1AfterTheSummary() {
        Path config = fixture.file("pass.yaml", CardsCliFixture.config("Hello"));

        CliRun run = fixture.run("test", config.toString(), "-o", dir.resolve("missing/dir/out.json").toString(),
                "-o", dir.resolve("ok.csv").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.out()).contains("Passed: 1");
        assertThat(run.err()).contains("cannot write").contains("out.json").contains("writable");
        assertThat(dir.resolve("ok.csv")).exists();
    }

    @Test
    void progressIsDrawnOnlyOnATerminal() {
        Path config = fixture.file("pass.yaml", CardsCliFixture.config("Hello", "fake"));

        CliRun piped = fixture.run("test", config.toString());
        fixture.terminal = true;
        CliRun terminal = fixture.run("test", config.toString());

        assertThat(piped.err()).isEmpty();
        assertThat(terminal.err()).contains("\r").contains("2/2 cells, 2 passed, 0 failed, 0 errors");
        assertThat(terminal.out()).contains("Passed: 2");
    }

    @Test
    void ctrlCStopsTheRunPrintsWhatFinishedAndExits130() throws Exception {
        fixture.ollama.chatScript(ChatScript.answer("Hello", " there", " slowly").withTokenDelay(
                Duration.ofMillis(300)));
        Path config = fixture.file("slow.yaml", CardsCliFixture.config("Hello", "Hello", "Hello", "Hello", "Hello",
                "Hello", "Hello", "Hello"));
        Thread presser = Thread.ofVirtual().start(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (fixture.ollama.requests("/api/chat").isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            fixture.interrupts.interrupt();
        });

        CliRun run = fixture.run("test", config.toString(), "-j", "1", "-o", dir.resolve("partial.json").toString());
        presser.join();

        assertThat(run.exitCode()).isEqualTo(CliExit.CANCELLED);
        assertThat(run.out()).contains("Not run (interrupted): ");
        assertThat(run.err()).contains("Interrupted");
        assertThat(dir.resolve("partial.json")).exists();
        assertThat(fixture.interrupts.released()).isTrue();
        assertThat(fixture.ollama.requests("/api/chat").size()).isLessThan(8);
    }

    @Test
    void graderOptionGradesLlmRubricWithThatModelForThisRunOnly() {
        fixture.ollama.addModel("judge");
        Path config = fixture.file("rubric.yaml", CardsCliFixture.config("Hello").replace("      - type: contains\n"
                + "        value: Hello\n", "      - type: llm-rubric\n        value: is a greeting\n"));

        CliRun run = fixture.run("test", config.toString(), "--grader", "judge");

        assertThat(fixture.ollama.requests("/api/chat")).extracting(r -> r.json().path("model").asText())
                .containsExactlyInAnyOrder(CardsCliFixture.MODEL, "judge");
        assertThat(run.exitCode()).isIn(CliExit.TESTS_FAILED, CliExit.FAILED); // the fake judge answers no verdict
        assertThat(fixture.services.context().settings().get("grader.model")).contains(CardsCliFixture.MODEL);
    }
}
