package dev.aura.plugins.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.aura.plugins.analytics.model.CallRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * What a user does with the panel in the headless toolkit, against the real statistics service over a real H2:
 * change the range, filter, drill down to a call, edit prices, verify the audit log.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyticsViewUiTest {
    private AnalyticsFixture fixture;
    private AnalyticsUi ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** 12 calls ten days ago (llama3.2, 2 failed), 6 two days ago (4 llama3.2, 2 gemma3:4b). */
    private void show(FxRobot robot, Path data) {
        fixture = new AnalyticsFixture(data);
        Instant now = Instant.now();
        List<AnalyticsFixture.Call> calls = new ArrayList<>();
        Instant old = now.minus(Duration.ofDays(10));
        for (int i = 0; i < 10; i++) {
            calls.add(AnalyticsFixture.Call.ok(old.plusSeconds(i * 60L), "llama3.2", "chat", 100, 200, 150, 2150));
        }
        calls.add(AnalyticsFixture.Call.failed(old.plusSeconds(700), "llama3.2", "chat", "STALLED",
                "The model stopped sending tokens for 30 s"));
        calls.add(AnalyticsFixture.Call.failed(old.plusSeconds(800), "llama3.2", "chat", "UNREACHABLE",
                "Could not connect to Ollama"));
        Instant recent = now.minus(Duration.ofDays(2));
        for (int i = 0; i < 4; i++) {
            calls.add(AnalyticsFixture.Call.ok(recent.plusSeconds(i * 60L), "llama3.2", "chat", 1000, 500, 200, 5200));
        }
        for (int i = 0; i < 2; i++) {
            calls.add(AnalyticsFixture.Call.ok(recent.plusSeconds(300 + i * 60L), "gemma3:4b", "prompts", 50, 20,
                    90, 1090));
        }
        fixture.insert(calls);
        ui = fixture.ui(Locale.ENGLISH, Platform::runLater, Clock.system(ZoneOffset.UTC));
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) ui.createView(), 1000, 900));
            stage.show();
            stage.setX(0);
            stage.setY(0);
            ui.activate();
        });
        waitFor(() -> ui.dashboardViewModel().state() == DashboardViewModel.State.READY);
    }

    @Test
    void changingTheRangeAndFilteringByAModelChangeTheFigures(@TempDir Path data, FxRobot robot) {
        show(robot, data);
        assertThat(tile(robot, "tile-calls")).isEqualTo("6");

        robot.clickOn("#range-month");
        waitFor(() -> tile(robot, "tile-calls").equals("18"));

        robot.clickOn("#filter-models");
        robot.clickOn(robot.lookup(".context-menu .label").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("gemma3:4b")).queryAs(Node.class));
        waitFor(() -> tile(robot, "tile-calls").equals("2"));
        assertThat(ui.dashboardViewModel().filter().models()).containsExactly("gemma3:4b");
        assertThat(robot.lookup("#clear-filters").queryButton().isVisible()).isTrue();

        robot.clickOn("#clear-filters");
        waitFor(() -> tile(robot, "tile-calls").equals("18"));
        assertThat(tile(robot, "tile-errors")).isEqualTo("11.1%");
    }

    @Test
    void doubleClickingABreakdownRowFiltersToThatPlugin(@TempDir Path data, FxRobot robot) {
        show(robot, data);
        robot.clickOn("#tab-breakdown .tab-label");
        robot.clickOn("#by-plugin");
        TableView<?> table = robot.lookup("#breakdown-table").queryTableView();
        waitFor(() -> table.getItems().size() == 2);

        robot.doubleClickOn(robot.lookup("#breakdown-table .table-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("prompts")).queryAs(Node.class));

        waitFor(() -> table.getItems().size() == 1);
        assertThat(ui.dashboardViewModel().filter().sources()).containsExactly("prompts");
        assertThat(tile(robot, "tile-calls")).isEqualTo("2");
    }

    @Test
    void clickingASeriesOnTheCallsChartFiltersToThatModel(@TempDir Path data, FxRobot robot) {
        show(robot, data);
        XYChart<?, ?> chart = robot.lookup("#chart-calls").queryAs(XYChart.class);
        Node gemmaBar = chart.getData().stream().filter(s -> s.getName().equals("gemma3:4b")).findFirst()
                .orElseThrow().getData().stream().filter(p -> ((Number) p.getYValue()).doubleValue() > 0).findFirst()
                .orElseThrow().getNode();

        robot.clickOn(gemmaBar);

        waitFor(() -> tile(robot, "tile-calls").equals("2"));
        assertThat(ui.dashboardViewModel().filter().models()).containsExactly("gemma3:4b");
    }

    @Test
    void drillingDownToAFailedCallShowsItsDetails(@TempDir Path data, FxRobot robot) {
        show(robot, data);
        robot.clickOn("#range-month");
        waitFor(() -> tile(robot, "tile-calls").equals("18"));
        robot.clickOn("#tab-calls .tab-label");
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        waitFor(() -> table.getItems().size() == 18);

        int failed = indexOf(table, "STALLED");
        robot.interact(() -> {
            table.scrollTo(failed);
            table.getSelectionModel().select(failed);
        });

        waitFor(() -> robot.lookup("#call-error").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-model").queryAs(Label.class).getText()).isEqualTo("llama3.2");
        assertThat(robot.lookup("#detail-outcome").queryAs(Label.class).getText()).isEqualTo("Error");
        javafx.scene.Parent error = robot.lookup("#call-error").queryAs(javafx.scene.Parent.class);
        assertThat(((Label) error.getChildrenUnmodifiable().getFirst()).getText()).isEqualTo("Error STALLED");
        assertThat(dev.aura.plugins.api.ui.Paragraph.text(
                (javafx.scene.text.TextFlow) error.getChildrenUnmodifiable().get(1)))
                .isEqualTo("The model stopped sending tokens for 30 s");

        int ok = indexOf(table, null);
        robot.interact(() -> table.getSelectionModel().select(ok));
        waitFor(() -> robot.lookup("#call-error").tryQuery().isEmpty());
        assertThat(robot.lookup("#call-parameters").queryAs(TextArea.class).getText())
                .isEqualTo("{\n  \"temperature\" : 0.7,\n  \"num_ctx\" : 4096\n}");
        assertThat(robot.lookup("#detail-promptTokens").queryAs(Label.class).getText()).isNotEqualTo("–");
    }

    @Test
    void savingAPriceChangesTheCostTileAndVerifyingTheAuditLogCatchesTampering(@TempDir Path data,
            FxRobot robot) {
        show(robot, data);
        assertThat(tile(robot, "tile-cost")).isEqualTo("$0.00");
        robot.clickOn("#prices");
        TableView<PriceRow> prices = robot.lookup("#prices-table").queryTableView();
        waitFor(() -> prices.getItems().size() == 2);
        robot.interact(() -> {
            PriceRow llama = prices.getItems().stream().filter(r -> r.model().equals("llama3.2")).findFirst()
                    .orElseThrow();
            llama.inputProperty().set("1000");
            llama.outputProperty().set("2000");
        });
        robot.clickOn("#prices-save");

        // 4 calls × (1000 × 1000 + 500 × 2000) / 1e6
        waitFor(() -> tile(robot, "tile-cost").equals("$8.00"));
        robot.interact(() -> robot.lookup("#prices-table").queryAs(Node.class).getScene().getWindow().hide());

        robot.clickOn("#tab-audit .tab-label");
        TableView<?> audit = robot.lookup("#audit-table").queryTableView();
        waitFor(() -> audit.getItems().size() == 1);
        robot.clickOn("#audit-verify");
        waitFor(() -> verdict(robot).startsWith("The audit log is intact: 1 entries"));

        fixture.core.store().jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'gemma3:4b'"));
        robot.clickOn("#audit-verify");

        waitFor(() -> verdict(robot).startsWith("The audit log is broken at entry 1: entry 1 was altered"));
    }

    @Test
    void clickingAnInsightShowsTheCallsBehindIt(@TempDir Path data, FxRobot robot) {
        List<AnalyticsFixture.Call> calls = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 30; i++) {
            calls.add(AnalyticsFixture.Call.ok(now.minus(Duration.ofDays(3)).plusSeconds(i * 60L), "mistral:7b",
                    "agents", 100, 100, 200, 3200));
            Instant recent = now.minus(Duration.ofHours(3)).plusSeconds(i * 60L);
            calls.add(i % 2 == 0 ? AnalyticsFixture.Call.failed(recent, "mistral:7b", "agents", "STALLED", "stalled")
                    : AnalyticsFixture.Call.ok(recent, "mistral:7b", "agents", 100, 100, 200, 3200));
        }
        fixture = new AnalyticsFixture(data);
        fixture.insert(calls);
        ui = fixture.ui(Locale.ENGLISH, Platform::runLater, Clock.system(ZoneOffset.UTC));
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) ui.createView(), 1000, 900));
            stage.show();
            ui.activate();
        });
        waitFor(() -> robot.lookup("#insights .insight").tryQuery().isPresent());
        assertThat(dev.aura.plugins.api.ui.Paragraph.text(robot.lookup("#insights .insight .paragraph")
                .queryAs(javafx.scene.text.TextFlow.class))).startsWith("mistral:7b fails more often: 50% of calls");

        robot.clickOn("#insights .insight");

        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        waitFor(() -> table.isVisible() && !table.getItems().isEmpty());
        assertThat(ui.dashboardViewModel().filter().models()).containsExactly("mistral:7b");
        assertThat(table.getItems()).allMatch(r -> r.call().model().equals("mistral:7b"));
    }

    @Test
    void scrollingToTheEndOfTheCallsLoadsTheNextPage(@TempDir Path data, FxRobot robot) {
        fixture = new AnalyticsFixture(data);
        Instant now = Instant.now();
        List<AnalyticsFixture.Call> calls = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            calls.add(AnalyticsFixture.Call.ok(now.minus(Duration.ofMinutes(30L + i * 5L)), "llama3.2", "chat", 10,
                    10, 100, 900));
        }
        fixture.insert(calls);
        ui = fixture.ui(Locale.ENGLISH, Platform::runLater, Clock.system(ZoneOffset.UTC));
        robot.interact(() -> {
            stage.setScene(new Scene((javafx.scene.Parent) ui.createView(), 1000, 900));
            stage.show();
            ui.activate();
        });
        waitFor(() -> ui.dashboardViewModel().state() == DashboardViewModel.State.READY);
        robot.clickOn("#tab-calls .tab-label");
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        waitFor(() -> table.getItems().size() == 200);

        robot.interact(() -> table.scrollTo(199));
        waitFor(() -> table.getItems().size() == 400);
        robot.interact(() -> table.scrollTo(399));

        waitFor(() -> table.getItems().size() == 450);
    }

    private static int indexOf(TableView<CallRow> table, String errorKind) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (java.util.Objects.equals(table.getItems().get(i).call().errorKind(), errorKind)) {
                return i;
            }
        }
        throw new AssertionError("no call with error kind " + errorKind);
    }

    private static String verdict(FxRobot robot) {
        return robot.lookup("#audit-verdict").queryAs(Label.class).getText();
    }

    private static String tile(FxRobot robot, String id) {
        return ((Label) robot.lookup("#" + id + " .tile-value").query()).getText();
    }

    private void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            DashboardViewModel vm = ui == null ? null : ui.dashboardViewModel();
            throw new AssertionError("condition not met within 20 s"
                    + (vm == null ? "" : "; state " + vm.state() + ", status '" + vm.statusProperty().get()
                    + "', filter " + vm.filter() + ", shown " + (vm.dashboard() == null ? null
                    : vm.dashboard().filter() + " " + vm.dashboard().current())), e);
        }
    }
}
