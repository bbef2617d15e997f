package dev.aura.plugins.models.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaModelCatalog;
import dev.aura.core.tasks.VirtualThreadTaskRunner;
import dev.aura.core.testing.FakeModel;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.PullScript;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does in the headless toolkit: open the panel, pull a model, watch the progress, see it listed. */
@ExtendWith(ApplicationExtension.class)
class ModelsViewUiTest {
    /** Slow enough to watch: 2 layers × 25 steps × 30 ms. */
    private static final PullScript SLOW = new PullScript(List.of(2_000_000_000L, 12_000L), 25, Duration.ofMillis(30), -1);

    private final FakeOllamaServer ollama = new FakeOllamaServer().pullScript(SLOW);
    private final VirtualThreadTaskRunner tasks = new VirtualThreadTaskRunner();
    private final List<String> confirmed = new CopyOnWriteArrayList<>();
    private ModelsViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ollama.addModel(FakeModel.named("gemma3:4b").withFamily("gemma3", "4.3B", "Q4_K_M").withSize(3_338_801_804L));
        ollama.publish(FakeModel.named("llama3.2"));
        OllamaConnection connection = new OllamaConnection(ollama.url());
        Messages messages = Messages.load(Locale.ENGLISH);
        vm = new ModelsViewModel(new OllamaModelCatalog(connection), tasks, Platform::runLater, messages,
                connection::baseUri, (level, title, text) -> {});
        ModelsView view = new ModelsView(vm, new ModelTimes(messages, Clock.systemDefaultZone()), (owner, model) -> {
            confirmed.add(model.name());
            return true;
        });
        stage.setScene(new Scene(view.root(), 1180, 760));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    @Test
    void pullingShowsProgressAndThenTheModelInTheList(FxRobot robot) throws Exception {
        TableView<InstalledModel> table = robot.lookup("#models-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("#pull-name").write("llama3.2");
        robot.clickOn("#pull-button");

        ProgressBar bar = robot.lookup("#pull-progress").queryAs(ProgressBar.class);
        Label detail = robot.lookup("#pull-detail").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> bar.getParent().isVisible() && bar.getProgress() > 0 && bar.getProgress() < 1
                        && detail.getText().matches(".+ of 2\\.0 GB · \\d+%.*"));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(m -> m.name().equals("llama3.2:latest")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getParent().isVisible()).as("the progress is hidden once done").isFalse();
        assertThat(robot.lookup("#pull-message").queryAs(Label.class).getText()).isEqualTo("llama3.2 is ready to use.");
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("llama3.2:latest");
    }

    @Test
    void ollamaGoingAwayShowsTheErrorAboveTheKeptList(FxRobot robot) throws Exception {
        TableView<InstalledModel> table = robot.lookup("#models-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        ollama.stop();
        robot.clickOn("#models-refresh");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.getState() == ModelsViewModel.State.ERROR);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#models-error").query().isVisible()).isTrue();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void deletingAsksFirstThenRemovesTheModel(FxRobot robot) throws Exception {
        TableView<InstalledModel> table = robot.lookup("#models-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("gemma3:4b");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#delete-model").tryQuery().isPresent());
        robot.clickOn("#delete-model");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(confirmed).containsExactly("gemma3:4b");
        assertThat(ollama.installedModels()).isEmpty();
    }

    @Test
    void thePalettesPullCommandPutsTheCursorInThePullField(FxRobot robot) {
        robot.interact(vm::requestPullFocus);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pull-name").query().isFocused()).isTrue();
    }

    @Test
    void theDeleteKeyAsksToo(FxRobot robot) throws Exception {
        TableView<InstalledModel> table = robot.lookup("#models-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("gemma3:4b").type(KeyCode.DELETE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertThat(confirmed).containsExactly("gemma3:4b");
    }
}
