package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.api.testing.ManualInterrupts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.plugins.models.Messages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code aura models ...} against the fake Ollama: output, --json shapes and exit codes. */
class ModelsCommandTest {
    private static final Instant NOW = Instant.parse("2026-01-18T10:00:00Z");
    private static final PullScript PULL = new PullScript(List.of(2_000_000_000L, 12_000L), 20, Duration.ZERO, -1);

    private final FakeOllamaServer ollama = new FakeOllamaServer().pullScript(PULL);
    private final OllamaConnection connection = new OllamaConnection(ollama.url());
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final ManualInterrupts interrupts = new ManualInterrupts();

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    private ModelsCommand command() {
        return new ModelsCommand(new OllamaModelCatalog(connection), tasks, connection, Messages.load(Locale.ENGLISH))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .terminal(false)
                .interrupts(interrupts);
    }

    private CliRun run(String... args) {
        return CliRun.execute(command(), args);
    }

    @Test
    void listPrintsATable() {
        ollama.addModel("llama3.2").addModel(FakeModel.named("qwen2.5:7b").withFamily("qwen2", "7.6B", "Q4_K_M")
                .withSize(4_683_087_332L));

        CliRun run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).matches("NAME +SIZE +FAMILY +PARAMS +QUANT +MODIFIED");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).matches("llama3\\.2:latest +2\\.0 GB +llama +3\\.2B +Q4_K_M +3 days ago");
        assertThat(lines.get(2)).matches("qwen2\\.5:7b +4\\.7 GB +qwen2 +7\\.6B +Q4_K_M +3 days ago");
        assertThat(lines.get(1).indexOf("GB")).as("sizes are right-aligned").isEqualTo(lines.get(2).indexOf("GB"));
    }

    @Test
    void listJsonHasStableFieldsForScripts() throws Exception {
        ollama.addModel("llama3.2");

        CliRun run = run("list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.isArray()).isTrue();
        JsonNode model = json.get(0);
        assertThat(model.get("name").asText()).isEqualTo("llama3.2:latest");
        assertThat(model.get("sizeBytes").asLong()).isEqualTo(2_019_393_189L);
        assertThat(model.get("family").asText()).isEqualTo("llama");
        assertThat(model.get("parameterSize").asText()).isEqualTo("3.2B");
        assertThat(model.get("quantization").asText()).isEqualTo("Q4_K_M");
        assertThat(model.get("modifiedAt").asText()).isEqualTo("2026-01-15T10:00:00Z");
        assertThat(model.has("digest")).isTrue();
    }

    @Test
    void listWithoutModelsSaysHowToGetOne() {
        CliRun run = run("list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("aura models pull llama3.2");
    }

    @Test
    void ollamaDownIsOneLineAndExitCodeThree() {
        ollama.stop();

        CliRun run = run("list");

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.UNREACHABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("aura: Ollama is not reachable at " + ollama.url()
                + ". Start it with 'ollama serve', then try again." + System.lineSeparator());
    }

    @Test
    void pullPrintsPlainProgressLinesWhenNotATerminal() {
        ollama.publish(FakeModel.named("llama3.2"));

        CliRun run = run("pull", "llama3.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("llama3.2 is ready to use." + System.lineSeparator());
        assertThat(run.err()).doesNotContain("\r").contains("Reading the manifest of llama3.2");
        List<String> downloading = run.err().lines().filter(l -> l.startsWith("Downloading")).toList();
        assertThat(downloading).hasSizeBetween(3, 13)
                .anySatisfy(l -> assertThat(l).contains("of 2.0 GB").contains("%"));
        assertThat(ollama.installedModels()).extracting(FakeModel::name).contains("llama3.2:latest");
    }

    @Test
    void pullRedrawsOneBarOnATerminal() {
        ollama.publish(FakeModel.named("llama3.2"));

        CliRun run = CliRun.execute(command().terminal(true), "pull", "llama3.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("\rDownloading llama3.2 [").contains("100%");
        assertThat(run.err().split("\n")).as("the download redraws one line")
                .filteredOn(l -> l.contains("Downloading")).hasSize(1);
    }

    @Test
    void ctrlCCancelsThePullCleanly() throws Exception {
        // paced and long, so Ollama is still sending for a good while after Ctrl+C even on a loaded machine
        ollama.publish(FakeModel.named("llama3.2"))
                .pullScript(PULL.withStepsPerLayer(50).withStepDelay(Duration.ofMillis(20)));

        CliRun run = CliRun.watchingErr(command(), err -> {
            if (err.contains("Downloading")) {
                interrupts.interrupt();
            }
        }, "pull", "llama3.2");

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.CANCELLED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList().getLast())
                .isEqualTo("aura: Pull of llama3.2 cancelled. Pull it again to resume where it stopped.");
        assertThat(interrupts.released()).isTrue();
        assertThat(ollama.awaitClientDisconnects(1, Duration.ofSeconds(5))).as("the download stream was closed").isTrue();
        assertThat(ollama.installedModels()).isEmpty();
    }

    @Test
    void pullOfAnUnknownModelExitsFour() {
        CliRun run = run("pull", "lama3.2");

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.NOT_FOUND);
        assertThat(run.err().lines().toList().getLast()).startsWith("aura: Ollama has no model named “lama3.2”");
    }

    @Test
    void pullWithAFullDiskExitsOne() {
        ollama.publish(FakeModel.named("llama3.2")).pullScript(PULL.withDiskFullAfter(2));

        CliRun run = run("pull", "llama3.2");

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.FAILED);
        assertThat(run.err().lines().toList().getLast()).startsWith("aura: There is not enough disk space");
    }

    @Test
    void rmDeletesTheModel() {
        ollama.addModel("llama3.2").addModel("gemma3");

        CliRun run = run("rm", "llama3.2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Deleted llama3.2.");
        assertThat(ollama.installedModels()).extracting(FakeModel::name).containsExactly("gemma3:latest");
    }

    @Test
    void rmOfAMissingModelExitsFour() {
        CliRun run = run("rm", "nope");

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.NOT_FOUND);
        assertThat(run.err()).startsWith("aura: “nope” is not installed in Ollama. Pull it first").hasLineCount(1);
    }

    @Test
    void psListsLoadedModels() throws Exception {
        ollama.addModel("llama3.2").markRunning("llama3.2", NOW.plusSeconds(240));

        CliRun table = run("ps");
        CliRun json = run("ps", "--json");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out().lines().toList()).containsExactly(
                "NAME                 SIZE      VRAM    PROCESSOR    CONTEXT    UNTIL",
                "llama3.2:latest    2.0 GB    2.0 GB    100% GPU        4096    in 4 minutes");
        JsonNode model = new ObjectMapper().readTree(json.out()).get(0);
        assertThat(model.get("vramBytes").asLong()).isEqualTo(2_019_393_189L);
        assertThat(model.get("expiresAt").asText()).isEqualTo("2026-01-18T10:04:00Z");
        assertThat(model.get("contextLength").asLong()).isEqualTo(4096);
    }

    @Test
    void psWithNothingLoadedSaysSo() {
        CliRun run = run("ps");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("No model is in memory");
    }

    @Test
    void showPrintsTheFacts() throws Exception {
        ollama.addModel("llama3.2");

        CliRun run = run("show", "llama3.2");
        CliRun json = run("show", "llama3.2", "--json");
        CliRun modelfile = run("show", "llama3.2", "--modelfile");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("FAMILY +llama").containsPattern("CONTEXT +4096")
                .containsPattern("CAPABILITIES +completion").contains("Fake License 1.0");
        JsonNode details = new ObjectMapper().readTree(json.out());
        assertThat(details.get("capabilities").get(0).asText()).isEqualTo("completion");
        assertThat(details.get("modelInfo").get("llama.context_length").asLong()).isEqualTo(4096);
        assertThat(modelfile.out()).contains("FROM llama3.2:latest");
    }

    @Test
    void showOfAMissingModelExitsFour() {
        assertThat(run("show", "nope").exitCode()).isEqualTo(ModelsCommand.NOT_FOUND);
    }

    @Test
    void modelsAloneShowsUsageAndExitsTwo() {
        CliRun run = run();

        assertThat(run.exitCode()).isEqualTo(ModelsCommand.USAGE);
        assertThat(run.err()).contains("list").contains("pull").contains("rm").contains("ps").contains("show");
    }

    @Test
    void helpComesFromTheBundle() {
        CliRun run = run("pull", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Download a model from the Ollama library").contains("NAME");
    }
}
