package dev.aura.plugins.models.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.tasks.Job;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelsFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Pull a model" against the fake Ollama: progress, success, cancel and the errors Ollama reports. */
class PullViewModelTest {
    private static final PullScript TWO_GB = new PullScript(List.of(2_000_000_000L, 12_000L), 10, Duration.ZERO, -1);

    private final FakeOllamaServer ollama = new FakeOllamaServer().pullScript(TWO_GB);
    private final OllamaConnection connection = new OllamaConnection(ollama.url());
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ModelsViewModel vm = new ModelsViewModel(new OllamaModelCatalog(connection), tasks, Runnable::run,
            Messages.load(Locale.ENGLISH), connection::baseUri, notifier);
    private final PullViewModel pull = vm.pull();

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    @Test
    void pullReportsProgressUntilSuccessAndTheModelAppears() {
        ollama.publish(FakeModel.named("llama3.2"));
        vm.refresh();
        List<Double> fractions = new ArrayList<>();
        List<String> details = new ArrayList<>();
        pull.fractionProperty().addListener((obs, old, value) -> fractions.add(value.doubleValue()));
        pull.detailProperty().addListener((obs, old, value) -> details.add(value));
        pull.nameProperty().set("llama3.2");

        pull.pull();

        assertThat(fractions).filteredOn(f -> f > 0 && f < 1).isNotEmpty().isSorted();
        assertThat(details).anySatisfy(d -> assertThat(d).matches("[0-9.]+ [KMG]?B of 2\\.0 GB · \\d+%.*"));
        assertThat(pull.isPulling()).isFalse();
        assertThat(pull.failureProperty().get()).isNull();
        assertThat(pull.messageProperty().get()).isEqualTo("llama3.2 is ready to use.");
        assertThat(pull.nameProperty().get()).as("the field is cleared for the next pull").isEmpty();
        assertThat(vm.installedModels()).extracting(InstalledModel::name).contains("llama3.2:latest");
        assertThat(vm.selectedProperty().get()).extracting(InstalledModel::name).isEqualTo("llama3.2:latest");
        assertThat(notifier.shown).singleElement().extracting(RecordingNotifier.Shown::level)
                .isEqualTo(Notifier.Level.SUCCESS);
    }

    @Test
    void pullRunsAsANamedJobTheStatusBarCanShow() {
        ollama.publish(FakeModel.named("llama3.2"));
        List<String> jobNames = new ArrayList<>();
        tasks.onJobChanged(job -> jobNames.add(job.name()));

        pull.pull("llama3.2");

        assertThat(jobNames).contains("Pulling llama3.2");
    }

    @Test
    void cancellingStopsThePullAndSaysSo() throws Exception {
        // paced and long, so Ollama is still sending for a good while after the cancel even on a loaded machine
        ollama.publish(FakeModel.named("llama3.2"))
                .pullScript(TWO_GB.withStepsPerLayer(50).withStepDelay(Duration.ofMillis(20)));
        pull.fractionProperty().addListener((obs, old, value) -> {
            if (value.doubleValue() > 0.3) {
                pull.cancel();
            }
        });

        pull.pull("llama3.2");

        assertThat(pull.isPulling()).isFalse();
        assertThat(pull.failureProperty().get()).isNull();
        assertThat(pull.messageProperty().get()).contains("cancelled").contains("resume");
        assertThat(ollama.awaitClientDisconnects(1, Duration.ofSeconds(5))).as("the download stream was closed").isTrue();
        assertThat(ollama.installedModels()).isEmpty();
        assertThat(tasks.activeJobs()).isEmpty();
    }

    @Test
    void unknownModelIsExplained() {
        pull.pull("lama3.2");

        ModelsFailure failure = pull.failureProperty().get();
        assertThat(failure.kind()).isEqualTo(ModelsFailure.Kind.NOT_FOUND);
        assertThat(failure.message()).contains("“lama3.2”").doesNotContain("Exception");
        assertThat(pull.isPulling()).isFalse();
        assertThat(pull.nameProperty().get()).as("the name stays to be corrected").isEqualTo("lama3.2");
    }

    @Test
    void diskFullIsExplained() {
        ollama.publish(FakeModel.named("llama3.2")).pullScript(TWO_GB.withDiskFullAfter(3));

        pull.pull("llama3.2");

        ModelsFailure failure = pull.failureProperty().get();
        assertThat(failure.kind()).isEqualTo(ModelsFailure.Kind.DISK_FULL);
        assertThat(failure.message()).contains("not enough disk space").contains("llama3.2");
    }

    @Test
    void ollamaDownWhilePullingIsExplained() {
        ollama.stop();

        pull.pull("llama3.2");

        assertThat(pull.failureProperty().get().kind()).isEqualTo(ModelsFailure.Kind.UNREACHABLE);
    }

    @Test
    void pullNeedsANameAndOnlyOneRunsAtATime() {
        assertThat(pull.canPullBinding().get()).isFalse();
        pull.nameProperty().set("llama3.2");
        assertThat(pull.canPullBinding().get()).isTrue();

        ollama.publish(FakeModel.named("llama3.2"));
        List<Job<?>> started = new ArrayList<>();
        tasks.onJobChanged(job -> {
            if (!started.contains(job)) {
                started.add(job);
            }
        });
        pull.fractionProperty().addListener((obs, old, value) -> {
            assertThat(pull.canPullBinding().get()).isFalse();
            pull.pull("gemma3");
        });
        pull.pull();

        assertThat(started).extracting(Job::name).contains("Pulling llama3.2").doesNotContain("Pulling gemma3");
    }
}
