package dev.aura.core.ollama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.core.testing.RecordingJobContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaModelCatalogTest {
    private final FakeOllamaServer fake = new FakeOllamaServer();
    private final OllamaConnection connection = new OllamaConnection(fake.url());
    private final OllamaModelCatalog catalog = new OllamaModelCatalog(connection);

    @AfterEach
    void stopFake() {
        fake.close();
    }

    @Test
    void listReportsInstalledModelsWithTheirDetails() {
        fake.addModel(FakeModel.named("llama3.2:3b").withSize(2_000_000_000L));
        fake.addModel(FakeModel.named("qwen3").withFamily("qwen3", "8.2B", "Q4_K_M"));

        List<InstalledModel> models = catalog.list();

        assertThat(models).extracting(InstalledModel::name).containsExactly("llama3.2:3b", "qwen3:latest");
        InstalledModel llama = models.getFirst();
        assertThat(llama.sizeBytes()).isEqualTo(2_000_000_000L);
        assertThat(llama.family()).isEqualTo("llama");
        assertThat(llama.parameterSize()).isEqualTo("3.2B");
        assertThat(llama.quantization()).isEqualTo("Q4_K_M");
        assertThat(llama.format()).isEqualTo("gguf");
        assertThat(llama.digest()).hasSize(64);
        assertThat(llama.modifiedAt()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(catalog.version()).isEqualTo("0.12.6");
    }

    @Test
    void showReturnsDetailsAndNotFoundNamesTheModel() {
        fake.addModel("llama3.2:3b");

        ModelDetails details = catalog.show("llama3.2:3b");

        assertThat(details.family()).isEqualTo("llama");
        assertThat(details.capabilities()).contains("completion");
        assertThat(details.modelInfo()).containsEntry("llama.context_length", 4096);
        assertThat(details.modelfile()).contains("FROM llama3.2:3b");
        assertThatThrownBy(() -> catalog.show("missing:1b"))
                .isInstanceOfSatisfying(OllamaException.class, e -> {
                    assertThat(e.kind()).isEqualTo(OllamaException.Kind.NOT_FOUND);
                    assertThat(e.httpStatus()).isEqualTo(404);
                })
                .hasMessageContaining("missing:1b");
    }

    @Test
    void pullReportsProgressUntilSuccessAndTheModelAppears() {
        fake.publish(FakeModel.named("phi4-mini"));
        List<PullProgress> progress = new CopyOnWriteArrayList<>();

        catalog.pull("phi4-mini", progress::add, new RecordingJobContext());

        assertThat(progress.getFirst().status()).isEqualTo("pulling manifest");
        assertThat(progress.getLast().status()).isEqualTo("success");
        assertThat(progress).extracting(PullProgress::status)
                .contains("verifying sha256 digest", "writing manifest");
        assertThat(progress).filteredOn(p -> p.total() > 0)
                .anySatisfy(p -> assertThat(p.fraction()).isEqualTo(1.0))
                .allSatisfy(p -> assertThat(p.digest()).startsWith("sha256:"));
        assertThat(catalog.list()).extracting(InstalledModel::name).contains("phi4-mini:latest");
        assertThat(fake.lastRequest("/api/pull").orElseThrow().json().path("model").asText()).isEqualTo("phi4-mini");
    }

    @Test
    void cancellingAPullAbortsTheDownloadPromptly() throws Exception {
        fake.publish(FakeModel.named("big-model"));
        fake.pullScript(PullScript.quick().withStepsPerLayer(500).withStepDelay(Duration.ofMillis(10)));
        RecordingJobContext context = new RecordingJobContext();
        List<PullProgress> progress = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> pull = CompletableFuture.runAsync(() -> catalog.pull("big-model", p -> {
            progress.add(p);
            if (progress.size() == 3) {
                context.cancel();
            }
        }, context));

        assertThatThrownBy(() -> pull.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(OllamaException.class)
                .cause().satisfies(e -> assertThat(((OllamaException) e).kind()).isEqualTo(OllamaException.Kind.CANCELLED));
        assertThat(progress).hasSizeLessThan(10);
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
        assertThat(catalog.list()).extracting(InstalledModel::name).doesNotContain("big-model:latest");
    }

    @Test
    void cancellingAPullThatReceivesNothingStillReturnsPromptly() throws Exception {
        fake.publish(FakeModel.named("slow-model"));
        fake.pullScript(PullScript.quick().withStepDelay(Duration.ofSeconds(20)));
        RecordingJobContext context = new RecordingJobContext();
        CompletableFuture<Void> pull = CompletableFuture.runAsync(() -> catalog.pull("slow-model", p -> {}, context));
        while (fake.requests("/api/pull").isEmpty()) {
            Thread.sleep(5);
        }
        Thread.sleep(100); // let the client block on the first line

        context.cancel();

        assertThatThrownBy(() -> pull.get(5, TimeUnit.SECONDS))
                .cause().isInstanceOfSatisfying(OllamaException.class,
                        e -> assertThat(e.kind()).isEqualTo(OllamaException.Kind.CANCELLED));
    }

    @Test
    void pullingAnUnknownModelSaysTheLibraryHasNoSuchModel() {
        assertThatThrownBy(() -> catalog.pull("no-such-model", p -> {}, new RecordingJobContext()))
                .isInstanceOfSatisfying(OllamaException.class,
                        e -> assertThat(e.kind()).isEqualTo(OllamaException.Kind.NOT_FOUND))
                .hasMessageContaining("no-such-model")
                .hasMessageContaining("ollama.com/library");
    }

    @Test
    void diskFullDuringPullTellsTheUserToFreeDiskSpace() {
        fake.publish(FakeModel.named("huge"));
        fake.pullScript(PullScript.quick().withDiskFullAfter(3));
        List<PullProgress> progress = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> catalog.pull("huge", progress::add, new RecordingJobContext()))
                .isInstanceOf(OllamaException.class)
                .hasMessageContaining("Free disk space")
                .hasMessageContaining("no space left on device");
        assertThat(progress).extracting(PullProgress::completed).filteredOn(c -> c > 0).hasSize(3);
        assertThat(catalog.list()).isEmpty();
    }

    @Test
    void deleteRemovesTheModelAndUnknownDeleteIsNotFound() {
        fake.addModel("llama3.2:3b");

        catalog.delete("llama3.2:3b");

        assertThat(catalog.list()).isEmpty();
        assertThat(fake.lastRequest("/api/delete").orElseThrow().method()).isEqualTo("DELETE");
        assertThatThrownBy(() -> catalog.delete("llama3.2:3b"))
                .isInstanceOfSatisfying(OllamaException.class,
                        e -> assertThat(e.kind()).isEqualTo(OllamaException.Kind.NOT_FOUND))
                .hasMessageContaining("llama3.2:3b");
    }

    @Test
    void runningListsLoadedModels() {
        Instant expires = Instant.parse("2030-01-01T00:05:00Z");
        fake.addModel("llama3.2:3b").addModel("qwen3:8b").markRunning("llama3.2:3b", expires);

        List<RunningModel> running = catalog.running();

        assertThat(running).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("llama3.2:3b");
            assertThat(m.expiresAt()).isEqualTo(expires);
            assertThat(m.contextLength()).isEqualTo(4096);
            assertThat(m.sizeVram()).isPositive();
        });
    }

    @Test
    void ollamaDownIsUnreachableWithAHowToStartItMessage() {
        fake.stop();

        assertThatThrownBy(catalog::list)
                .isInstanceOfSatisfying(OllamaException.class,
                        e -> assertThat(e.kind()).isEqualTo(OllamaException.Kind.UNREACHABLE))
                .hasMessage("Ollama is not reachable at " + fake.url()
                        + ". Start it with `ollama serve`, or change the URL in Settings.");
    }

    @Test
    void theUrlIsReadFromTheConnectionAtEveryCall() {
        try (FakeOllamaServer other = new FakeOllamaServer()) {
            other.addModel("other-model");
            connection.setBaseUri(other.url());

            assertThat(catalog.list()).extracting(InstalledModel::name).containsExactly("other-model:latest");
        }
    }
}
