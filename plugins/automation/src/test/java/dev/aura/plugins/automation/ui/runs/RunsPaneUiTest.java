package dev.aura.plugins.automation.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.automation.engine.LoopbackHttp;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.store.FlowVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a user does with the runs pane in the headless toolkit, on the real stores, runs service and engine, with
 * HTTP steps against a server on 127.0.0.1: run a workflow by hand, watch it, open its steps, retry a failed run,
 * approve, cancel and filter.
 */
@ExtendWith(ApplicationExtension.class)
class RunsPaneUiTest {
    @TempDir Path dir;
    private Stage stage;
    private RunsUiFixture fixture;
    private RunsPane pane;
    private final LoopbackHttp http = new LoopbackHttp();
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close(FxRobot robot) {
        release.countDown();
        if (pane != null) {
            robot.interact(pane::stop);
        }
        if (fixture != null) {
            fixture.close();
        }
        http.close();
    }

    private void open(FxRobot robot) {
        fixture = new RunsUiFixture(dir, Locale.ENGLISH);
        robot.interact(() -> {
            pane = new RunsPane(fixture.services, fixture.messages);
            stage.setScene(new Scene((Parent) pane.node(), 1280, 820));
            stage.show();
        });
    }

    /** A page that answers only once the test releases it, so the run can be watched while it waits. */
    private void slowPage() {
        http.on("/page", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackHttp.reply(exchange, 200, "{\"title\":\"Hello\"}");
        });
    }

    private void run(FxRobot robot, FlowVersion flow) {
        robot.interact(() -> pane.runManually(flow.flowId(), stage));
    }

    private RunDetail detail() {
        return pane.viewModel().detail();
    }

    private void waitForStatus(RunStatus status) {
        waitFor(() -> detail() != null && !detail().live() && detail().run().status() == status);
    }

    private void clickStep(FxRobot robot, String stepId) {
        ListView<TimelineStep> timeline = robot.lookup("#run-timeline").queryListView();
        int index = -1;
        for (int i = 0; i < timeline.getItems().size(); i++) {
            if (timeline.getItems().get(i).stepId().equals(stepId)) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> timeline.scrollTo(row));
        Node cell = robot.lookup("#run-timeline .list-cell").queryAllAs(StepCell.class).stream()
                .filter(c -> c.getItem() != null && c.getItem().stepId().equals(stepId)).findFirst().orElseThrow();
        robot.clickOn(cell);
    }

    @Test
    void aManualRunAsksForPermissionsAndVariablesThenShowsItsStepsLiveAndWhenDone(FxRobot robot) {
        slowPage();
        open(robot);
        FlowVersion flow = fixture.save(RunsUiFixture.workflow("Fetch title",
                Map.of("base", http.url(""), "suffix", "!"), RunsUiFixture.loopback(),
                RunsUiFixture.http("fetch", "{{ vars.base }}/page"),
                RunsUiFixture.pick("title", "$.title", "fetch"),
                RunsUiFixture.transform("note", "Title: {{ steps.title.text }}{{ vars.suffix }}")));

        run(robot, flow);

        waitFor(() -> robot.lookup("#permission-allow").tryQuery().isPresent());
        String listed = robot.lookup("#permission-list .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "|" + b);
        assertThat(listed).contains("127.0.0.1").doesNotContain("|new");
        robot.clickOn("#permission-allow");
        waitFor(() -> robot.lookup("#variable-suffix").tryQuery().isPresent());
        TextField suffix = robot.lookup("#variable-suffix").queryAs(TextField.class);
        assertThat(suffix.getText()).isEqualTo("!");
        robot.interact(() -> suffix.setText("?"));
        robot.clickOn("#variables-run");

        waitFor(() -> detail() != null && detail().live() && !detail().steps().isEmpty());
        assertThat(detail().steps().getLast().running()).isTrue();
        assertThat(detail().steps().getLast().stepId()).isEqualTo("fetch");
        assertThat(robot.lookup("#run-status").queryLabeled().getText()).isEqualTo("running");
        assertThat(robot.lookup("#run-cancel").queryButton().isVisible()).isTrue();
        ListView<RunRow> live = robot.lookup("#runs-live").queryListView();
        assertThat(live.getItems()).extracting(RunRow::workflow).containsExactly("Fetch title");
        assertThat(pane.activeRuns()).isEqualTo(1);

        release.countDown();
        waitForStatus(RunStatus.SUCCEEDED);
        waitFor(() -> live.getItems().isEmpty() && !pane.viewModel().history().rows().isEmpty());
        assertThat(detail().steps()).extracting(TimelineStep::stepId).containsExactly("fetch", "title", "note");
        assertThat(detail().variables()).containsEntry("suffix", "?");
        assertThat(robot.lookup("#run-variables").queryLabeled().getText()).contains("suffix = ?");
        assertThat(robot.lookup("#run-retry").queryButton().isVisible()).isFalse();

        clickStep(robot, "note");
        waitFor(() -> "Title: Hello?".equals(robot.lookup("#step-output").queryAs(TextArea.class).getText()));
        clickStep(robot, "fetch");
        waitFor(() -> robot.lookup("#step-inputs").queryAs(TextArea.class).getText().contains("/page"));
        assertThat(robot.lookup("#step-output").queryAs(TextArea.class).getText()).contains("\"status\" : 200");

        fixture.save(flow.flowId(), RunsUiFixture.workflow("Fetch title", Map.of(), new Permissions(List.of(),
                List.of("127.0.0.1", "api.example.org"), List.of(), false), RunsUiFixture.transform("only", "x")));
        run(robot, flow);
        waitFor(() -> robot.lookup("#permission-allow").tryQuery().isPresent());
        List<String> rows = robot.lookup("#permission-list .permission-item").queryAllAs(Label.class).stream()
                .map(l -> l.getText() + (l.getParent().getStyleClass().contains("permission-new-row") ? " (new)" : ""))
                .toList();
        assertThat(rows).containsExactly("127.0.0.1", "api.example.org (new)");
        robot.clickOn(robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow());
        waitFor(() -> robot.lookup("#permission-allow").tryQuery().isEmpty());
        assertThat(pane.activeRuns()).isZero();
        assertThat(fixture.services.history().count(dev.aura.plugins.automation.store.RunFilter.of(flow.flowId())))
                .isEqualTo(1);
    }

    @Test
    void retryingAFailedRunAfterFixingTheCauseSucceedsWithoutRunningTheFirstStepAgain(FxRobot robot)
            throws Exception {
        AtomicInteger pings = new AtomicInteger();
        http.on("/ping", exchange -> {
            pings.incrementAndGet();
            LoopbackHttp.reply(exchange, 200, "{\"ok\":true}");
        });
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Path notes = folder.resolve("notes.txt");
        open(robot);
        FlowVersion flow = fixture.saveConfirmed(RunsUiFixture.workflow("Read notes", Map.of(),
                new Permissions(List.of(folder), List.of("127.0.0.1"), List.of(), false),
                RunsUiFixture.http("ping", http.url("/ping")),
                RunsUiFixture.read("read", notes.toString()),
                RunsUiFixture.transform("shout", "{{ steps.read.text | upper }}")));

        run(robot, flow);
        waitForStatus(RunStatus.FAILED);
        String failedRun = detail().run().id();
        assertThat(detail().steps()).extracting(TimelineStep::stepId).containsExactly("ping", "read");
        assertThat(detail().steps().getLast().failed()).isTrue();
        waitFor(() -> robot.lookup("#run-retry").queryButton().isVisible());
        clickStep(robot, "read");
        waitFor(() -> robot.lookup("#step-error").tryQuery().map(Node::isVisible).orElse(false));

        Files.writeString(notes, "remember the milk");
        robot.clickOn("#run-retry");

        waitFor(() -> detail() != null && !detail().run().id().equals(failedRun) && !detail().live()
                && detail().run().status() == RunStatus.SUCCEEDED);
        assertThat(pings).hasValue(1);
        assertThat(detail().run().trigger()).isEqualTo("retry of " + failedRun);
        assertThat(detail().steps()).extracting(TimelineStep::stepId).contains("read", "shout");
        clickStep(robot, "shout");
        waitFor(() -> "REMEMBER THE MILK".equals(robot.lookup("#step-output").queryAs(TextArea.class).getText()));
        waitFor(() -> pane.viewModel().history().rows().size() == 2);
    }

    @Test
    void anApprovalIsAskedInTheBarAndOnTheDesktopAndApprovingLetsTheRunFinish(FxRobot robot) {
        open(robot);
        FlowVersion flow = fixture.saveConfirmed(RunsUiFixture.workflow("Publish", Map.of(), Permissions.NONE,
                RunsUiFixture.approval("check", "Publish the weekly notes?"),
                RunsUiFixture.transform("done", "published")));

        run(robot, flow);

        waitFor(() -> robot.lookup("#approval-approve").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#runs-approvals").queryAs(Node.class).isVisible()).isTrue();
        waitFor(() -> fixture.notifications.stream().anyMatch(n -> n.contains("Publish the weekly notes?")));
        robot.clickOn("#approval-approve");

        waitForStatus(RunStatus.SUCCEEDED);
        assertThat(detail().steps()).extracting(TimelineStep::stepId).containsExactly("check", "done");
        waitFor(() -> !robot.lookup("#runs-approvals").queryAs(Node.class).isVisible());
    }

    @Test
    void aStepOnItsSecondTryShowsTheTryAndHowLongItHasBeenRunning(FxRobot robot) {
        AtomicInteger calls = new AtomicInteger();
        http.on("/flaky", exchange -> {
            if (calls.incrementAndGet() == 1) {
                LoopbackHttp.reply(exchange, 500, "{}");
                return;
            }
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LoopbackHttp.reply(exchange, 200, "{}");
        });
        open(robot);
        FlowVersion flow = fixture.saveConfirmed(RunsUiFixture.workflow("Flaky", Map.of(), RunsUiFixture.loopback(),
                RunsUiFixture.http("call", http.url("/flaky")).withRetry(
                        new dev.aura.plugins.automation.model.RetryPolicy(2, Duration.ofMillis(10)))));

        run(robot, flow);

        waitFor(() -> detail() != null && detail().live() && !detail().steps().isEmpty()
                && detail().steps().getLast().attempts() == 2);
        robot.interact(() -> pane.viewModel().selectStep(detail().steps().getLast()));
        waitFor(() -> robot.lookup("#step-title").queryLabeled().getText()
                .matches("Step call · running \\(try 2\\) · [1-9].*"));
        String row = robot.lookup("#runs-live .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "|" + b);
        assertThat(row).contains("step call (try 2)");
        release.countDown();
        waitForStatus(RunStatus.SUCCEEDED);
        assertThat(detail().steps().getLast().attempts()).isEqualTo(2);
    }

    @Test
    void cancellingARunningRunStopsItAndOffersARetry(FxRobot robot) {
        open(robot);
        FlowVersion flow = fixture.saveConfirmed(RunsUiFixture.workflow("Slow", Map.of(), Permissions.NONE,
                RunsUiFixture.transform("first", "one"), RunsUiFixture.delay("wait", Duration.ofMinutes(5)),
                RunsUiFixture.transform("after", "done")));

        run(robot, flow);
        waitFor(() -> detail() != null && detail().live() && !detail().steps().isEmpty());
        waitFor(() -> detail().steps().getLast().running() && detail().steps().getLast().stepId().equals("wait"));
        robot.clickOn("#run-cancel");

        waitForStatus(RunStatus.CANCELLED);
        assertThat(detail().steps()).extracting(TimelineStep::stepId).doesNotContain("after");
        waitFor(() -> robot.lookup("#run-retry").queryButton().isVisible());
        assertThat(robot.lookup("#run-cancel").queryButton().isVisible()).isFalse();
        assertThat(pane.activeRuns()).isZero();
    }

    @Test
    void filtersNarrowTheHistoryByStatusTriggerAndDate(FxRobot robot) {
        http.on("/ok", exchange -> LoopbackHttp.reply(exchange, 200, "{}"));
        http.on("/broken", exchange -> LoopbackHttp.reply(exchange, 500, "{\"error\":\"down\"}"));
        open(robot);
        FlowVersion good = fixture.saveConfirmed(RunsUiFixture.workflow("Good", Map.of(), RunsUiFixture.loopback(),
                RunsUiFixture.http("call", http.url("/ok"))));
        FlowVersion bad = fixture.saveConfirmed(RunsUiFixture.workflow("Bad", Map.of(), RunsUiFixture.loopback(),
                RunsUiFixture.http("call", http.url("/broken"))));
        run(robot, good);
        waitForStatus(RunStatus.SUCCEEDED);
        run(robot, bad);
        waitForStatus(RunStatus.FAILED);
        ListView<RunRow> history = robot.lookup("#runs-history").queryListView();
        waitFor(() -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(RunRow::workflow).containsExactly("Bad", "Good");
        assertThat(history.getItems().getFirst().error()).isNotBlank();
        assertThat(robot.lookup("#runs-count").queryLabeled().getText()).isEqualTo("2 runs");

        choose(robot, "#runs-filter-status", RunFilters.Status.FAILED);
        waitFor(() -> history.getItems().size() == 1);
        assertThat(history.getItems().getFirst().workflow()).isEqualTo("Bad");

        choose(robot, "#runs-filter-status", RunFilters.Status.ALL);
        choose(robot, "#runs-filter-trigger", RunFilters.Trigger.RETRY);
        waitFor(history.getItems()::isEmpty);
        choose(robot, "#runs-filter-trigger", RunFilters.Trigger.MANUAL);
        choose(robot, "#runs-filter-range", RunFilters.Range.TODAY);
        waitFor(() -> history.getItems().size() == 2);

        robot.interact(() -> pane.showFlow(good.flowId()));
        waitFor(() -> history.getItems().size() == 1 && history.getItems().getFirst().workflow().equals("Good"));
    }

    @Test
    void theHistoryLoadsAPageAtATimeAsItScrolls(FxRobot robot) {
        open(robot);
        FlowVersion flow = fixture.save(RunsUiFixture.workflow("Many", Map.of(), Permissions.NONE,
                RunsUiFixture.transform("one", "1")));
        java.time.Instant start = java.time.Instant.now().minusSeconds(10_000);
        for (int i = 0; i < 250; i++) {
            String id = fixture.services.history().begin(flow.flowId(), 1, "Many", "manual", Map.of(),
                    start.plusSeconds(i), null);
            fixture.services.history().finish(id, RunStatus.SUCCEEDED, start.plusSeconds(i).plusMillis(5), null);
        }
        robot.interact(() -> pane.showFlow(flow.flowId()));
        ListView<RunRow> history = robot.lookup("#runs-history").queryListView();
        waitFor(() -> history.getItems().size() == HistoryList.PAGE);
        assertThat(robot.lookup("#runs-count").queryLabeled().getText()).isEqualTo("250 runs");

        robot.interact(() -> history.scrollTo(HistoryList.PAGE - 1));
        waitFor(() -> history.getItems().size() == 2 * HistoryList.PAGE);
        robot.interact(() -> history.scrollTo(2 * HistoryList.PAGE - 1));
        waitFor(() -> history.getItems().size() == 250);
        assertThat(history.getItems().getFirst().started()).isAfter(history.getItems().getLast().started());
    }

    @Test
    void aCutOutputNotesItAndOpensTheWholeFile(FxRobot robot) {
        String big = "{\"items\":\"" + "x".repeat(40_000) + "\"}";
        http.on("/big", exchange -> LoopbackHttp.reply(exchange, 200, big));
        open(robot);
        FlowVersion flow = fixture.saveConfirmed(RunsUiFixture.workflow("Big", Map.of(), RunsUiFixture.loopback(),
                RunsUiFixture.http("download", http.url("/big"))));

        run(robot, flow);
        waitForStatus(RunStatus.SUCCEEDED);
        clickStep(robot, "download");

        waitFor(() -> robot.lookup("#step-truncated").queryAs(Node.class).isVisible());
        Path file = detail().steps().getFirst().fullOutput();
        assertThat(file).exists();
        robot.clickOn("#step-open-full");
        waitFor(() -> fixture.opened.contains(file.toUri().toString()));
    }

    private static <E> void choose(FxRobot robot, String id, E value) {
        @SuppressWarnings("unchecked")
        ComboBox<E> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                boolean[] met = new boolean[1];
                WaitForAsyncUtils.asyncFx(() -> met[0] = condition.getAsBoolean()).get();
                return met[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
