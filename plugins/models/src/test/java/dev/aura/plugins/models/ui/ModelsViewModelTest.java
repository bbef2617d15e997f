package dev.aura.plugins.models.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.events.SimpleEventBus;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.ollama.OllamaStatus;
import dev.aura.core.ollama.OllamaStatusChanged;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ui.ModelsViewModel.State;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The panel's behaviour without a toolkit: real HTTP to the fake Ollama, jobs on the calling thread. */
class ModelsViewModelTest {
    private final FakeOllamaServer ollama = new FakeOllamaServer();
    private final OllamaConnection connection = new OllamaConnection(ollama.url());
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final ModelsViewModel vm = new ModelsViewModel(new OllamaModelCatalog(connection), tasks, Runnable::run,
            Messages.load(Locale.ENGLISH), connection::baseUri, notifier);

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    @Test
    void refreshListsTheInstalledModels() {
        ollama.addModel("llama3.2").addModel(FakeModel.named("qwen2.5:7b").withFamily("qwen2", "7.6B", "Q4_K_M"));

        vm.refresh();

        assertThat(vm.getState()).isEqualTo(State.READY);
        assertThat(vm.installedModels()).extracting(InstalledModel::name)
                .containsExactlyInAnyOrder("llama3.2:latest", "qwen2.5:7b");
        assertThat(vm.installedModels()).filteredOn(m -> m.name().equals("qwen2.5:7b"))
                .singleElement().satisfies(m -> {
                    assertThat(m.family()).isEqualTo("qwen2");
                    assertThat(m.parameterSize()).isEqualTo("7.6B");
                });
        assertThat(vm.refreshingProperty().get()).isFalse();
    }

    @Test
    void startsLoadingAndEndsEmptyWithoutModels() {
        assertThat(vm.getState()).isEqualTo(State.LOADING);

        vm.refresh();

        assertThat(vm.getState()).isEqualTo(State.EMPTY);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void filterNarrowsTheVisibleModels() {
        ollama.addModel("llama3.2").addModel(FakeModel.named("qwen2.5:7b").withFamily("qwen2", "7.6B", "Q4_K_M"));
        vm.refresh();

        vm.filterProperty().set("qwen");

        assertThat(vm.visibleModels()).extracting(InstalledModel::name).containsExactly("qwen2.5:7b");
        assertThat(vm.installedModels()).hasSize(2);
    }

    @Test
    void selectingAModelLoadsItsDetails() {
        ollama.addModel("llama3.2");
        vm.refresh();

        vm.selectedProperty().set(vm.installedModels().getFirst());

        ModelDetailsViewModel details = vm.details();
        assertThat(details.loadingProperty().get()).isFalse();
        assertThat(details.errorProperty().get()).isEmpty();
        assertThat(details.detailsProperty().get()).isNotNull().satisfies(d -> {
            assertThat(d.family()).isEqualTo("llama");
            assertThat(d.quantization()).isEqualTo("Q4_K_M");
            assertThat(d.capabilities()).contains("completion");
            assertThat(d.modelfile()).contains("FROM llama3.2:latest");
        });
    }

    @Test
    void theFirstModelIsShownWhenNothingIsSelected() {
        ollama.addModel("llama3.2").addModel("gemma3");

        vm.refresh();

        assertThat(vm.selectedProperty().get()).isEqualTo(vm.installedModels().getFirst());
        assertThat(vm.details().detailsProperty().get()).isNotNull();
    }

    @Test
    void aRefreshKeepsTheSelectionAndItsDetails() {
        ollama.addModel("llama3.2").addModel("gemma3");
        vm.refresh();
        vm.selectedProperty().set(vm.installedModels().getLast());
        String selected = vm.selectedProperty().get().name();
        ollama.clearRequests();

        vm.refresh();

        assertThat(vm.selectedProperty().get().name()).isEqualTo(selected);
        assertThat(vm.details().detailsProperty().get()).isNotNull();
        assertThat(ollama.requests("/api/show")).as("details are not fetched again").isEmpty();
    }

    @Test
    void loadedModelsComeFromPs() {
        Instant expiry = Instant.now().plusSeconds(240);
        ollama.addModel("llama3.2").markRunning("llama3.2", expiry);

        vm.refresh();

        assertThat(vm.runningModels()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("llama3.2:latest");
            assertThat(m.sizeVram()).isEqualTo(m.sizeBytes()).isPositive();
            assertThat(m.expiresAt()).isEqualTo(expiry);
        });
    }

    @Test
    void deleteRemovesTheModel() {
        ollama.addModel("llama3.2").addModel("gemma3");
        vm.refresh();
        InstalledModel llama = vm.installedModels().stream()
                .filter(m -> m.name().startsWith("llama")).findFirst().orElseThrow();
        vm.selectedProperty().set(llama);

        vm.delete(llama);

        assertThat(vm.installedModels()).extracting(InstalledModel::name).containsExactly("gemma3:latest");
        assertThat(ollama.installedModels()).extracting(FakeModel::name).containsExactly("gemma3:latest");
        assertThat(vm.selectedProperty().get().name()).as("the next model is shown").isEqualTo("gemma3:latest");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void ollamaDownShowsTheErrorAndKeepsTheList() {
        ollama.addModel("llama3.2").addModel("gemma3");
        vm.refresh();

        ollama.stop();
        vm.refresh();

        assertThat(vm.getState()).isEqualTo(State.ERROR);
        assertThat(vm.errorProperty().get())
                .isEqualTo("Ollama is not reachable at " + ollama.url()
                        + ". Start it with 'ollama serve', then try again.");
        assertThat(vm.installedModels()).hasSize(2);
    }

    @Test
    void ollamaComingBackRefreshesWhileConnected() {
        SimpleEventBus events = new SimpleEventBus();
        ollama.addModel("llama3.2");
        Subscription connected = vm.connect(events);
        vm.refresh();

        ollama.stop();
        events.publish(new OllamaStatusChanged(status(false, 0)));
        assertThat(vm.getState()).isEqualTo(State.ERROR);
        assertThat(vm.installedModels()).hasSize(1);

        ollama.addModel("gemma3");
        ollama.start();
        events.publish(new OllamaStatusChanged(status(true, 2)));
        assertThat(vm.getState()).isEqualTo(State.READY);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.installedModels()).hasSize(2);

        connected.close();
        ollama.clearRequests();
        events.publish(new OllamaStatusChanged(status(false, 0)));
        events.publish(new OllamaStatusChanged(status(true, 5)));
        assertThat(vm.getState()).as("no listener left behind").isEqualTo(State.READY);
        assertThat(ollama.requests()).isEmpty();
    }

    @Test
    void thePaletteCanAskForThePullField() {
        int before = vm.pullFocusRequestsProperty().get();

        vm.requestPullFocus();

        assertThat(vm.pullFocusRequestsProperty().get()).isEqualTo(before + 1);
    }

    private OllamaStatus status(boolean reachable, int models) {
        return new OllamaStatus(ollama.url(), reachable, reachable ? "0.12.6" : "", models,
                reachable ? "" : "connection refused", Instant.now());
    }
}
