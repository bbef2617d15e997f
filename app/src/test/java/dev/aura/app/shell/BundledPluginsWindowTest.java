package dev.aura.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import dev.aura.app.plugins.LoadedPlugin;
import dev.aura.app.plugins.PluginHost;
import dev.aura.app.plugins.PluginState;
import dev.aura.app.shell.testing.RealCoreWindow;
import dev.aura.app.shell.testing.Screenshots;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as the app starts it: real core, the bundled plugins from the class path, the fake Ollama. */
@ExtendWith(ApplicationExtension.class)
class BundledPluginsWindowTest {
    @TempDir static Path tempRoot;
    private RealCoreWindow window;
    private PluginHost host;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = RealCoreWindow.open(stage, Files.createTempDirectory(tempRoot, "bundled"), getClass().getClassLoader(),
                "llama3.2", "qwen2.5:7b");
        host = window.host;
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theBundledModelsPluginStartsAndItsPanelOpens(FxRobot robot) throws Exception {
        LoadedPlugin models = host.find("models").orElseThrow();
        assertThat(models.state()).as(models.failureSummary()).isEqualTo(PluginState.STARTED);
        assertThat(robot.lookup("#nav-models").tryQuery()).isPresent();

        robot.clickOn("#nav-models");
        Label status = robot.lookup("#ollama-status").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Ollama 0.12.6"));
        waitForFxEvents();
        assertThat(robot.lookup("#panel-failure").tryQuery()).isEmpty();
        assertThat(models.state()).isEqualTo(PluginState.STARTED);
        Thread.sleep(500); // let the panel's first background load land before the picture
        Screenshots.save(stage.getScene(), "shell-with-models-plugin");
    }

    @Test
    void theAnalyticsPanelShowsACallMadeThroughTheGateway(FxRobot robot) throws Exception {
        LoadedPlugin analytics = host.find("analytics").orElseThrow();
        assertThat(analytics.state()).as(analytics.failureSummary()).isEqualTo(PluginState.STARTED);
        window.core.llm().chat(ChatRequest.of("chat", "llama3.2", List.of(LlmMessage.user("Hello"))));

        robot.clickOn("#nav-analytics");
        Label calls = robot.lookup("#tile-calls .tile-value").queryAs(Label.class);
        waitFor(10, TimeUnit.SECONDS, () -> "1".equals(calls.getText()));
        assertThat(robot.lookup("#panel-failure").tryQuery()).isEmpty();
        Screenshots.save(stage.getScene(), "shell-with-analytics-plugin");
    }

    @Test
    void thePromptCardsPanelOpensOnItsEmptyState(FxRobot robot) throws Exception {
        LoadedPlugin prompts = host.find("prompts").orElseThrow();
        assertThat(prompts.state()).as(prompts.failureSummary()).isEqualTo(PluginState.STARTED);

        robot.clickOn("#nav-prompts");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cards-empty").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#panel-failure").tryQuery()).isEmpty();
        assertThat(robot.lookup("#empty-import").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "shell-with-prompts-plugin");
    }

    @Test
    void theAutomationPanelOpensOnItsEmptyState(FxRobot robot) throws Exception {
        LoadedPlugin automation = host.find("automation").orElseThrow();
        assertThat(automation.state()).as(automation.failureSummary()).isEqualTo(PluginState.STARTED);

        robot.clickOn("#nav-automation");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#workflows-empty").tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#panel-failure").tryQuery()).isEmpty();
        assertThat(robot.lookup("#empty-new-workflow").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "shell-with-automation-plugin");
    }
}
