package dev.aura.plugins.prompts.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.testing.QueuedUiThread;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.history.CellChange;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.run.CellResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Runs tab's state without the toolkit: real stores, a real run engine on the fake Ollama. */
class RunsViewModelTest {
    @TempDir Path dir;
    private final QueuedUiThread ui = new QueuedUiThread();
    private RunsFixture fixture;
    private RunsViewModel model;

    private CardVersion open(dev.aura.plugins.prompts.cards.CardContent content) throws InterruptedException {
        fixture = new RunsFixture(dir);
        model = new RunsViewModel(fixture.services, fixture.messages, ui, Clock.systemUTC());
        CardVersion version = fixture.create(content);
        model.show(version);
        ui.until(() -> model.state() == RunsViewModel.State.NO_RUNS || model.state() == RunsViewModel.State.SHOWING);
        return version;
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.dispose();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private void runAndWait(List<String> models, int concurrency) throws InterruptedException {
        model.run(models, concurrency);
        assertThat(model.running()).isTrue();
        ui.until(() -> !model.running() && model.state() == RunsViewModel.State.SHOWING);
    }

    private CellResult.Status status(String test, int column) {
        return model.matrix().rows().stream().filter(r -> r.testName().equals(test)).findFirst().orElseThrow()
                .cell(column).status();
    }

    @Test
    void aRunFillsTheMatrixAndIsStoredInTheHistory() throws InterruptedException {
        open(RunsFixture.capitals());
        assertThat(model.state()).isEqualTo(RunsViewModel.State.NO_RUNS);

        runAndWait(List.of(), 2);

        assertThat(model.matrix().rows()).extracting(MatrixRow::testName).containsExactly("france", "spain", "italy");
        assertThat(model.matrix().columns()).extracting(MatrixColumn::variant).containsExactly("plain", "short");
        assertThat(status("france", 0)).isEqualTo(CellResult.Status.PASSED);
        assertThat(status("spain", 1)).isEqualTo(CellResult.Status.FAILED);
        MatrixTotals totals = model.matrix().totals();
        assertThat(totals.passed()).isEqualTo(2);
        assertThat(totals.failed()).isEqualTo(4);
        assertThat(totals.tokens()).isPositive();
        assertThat(totals.priced()).isTrue();
        assertThat(model.shown().summary().status()).isEqualTo(RunStatus.COMPLETED);
        ui.until(() -> model.history().runs().size() == 1);
        assertThat(model.history().selectedId()).isEqualTo(model.shown().summary().id());
        ui.until(() -> model.comparison().hint().contains("first run"));
        assertThat(model.comparison().available()).isFalse();
    }

    @Test
    void aMissingModelShowsTheEnginesErrorInItsCellsAndTheRestStillRuns() throws InterruptedException {
        open(RunsFixture.capitals());

        runAndWait(List.of(RunsFixture.LLAMA, "missing:1b"), 4);

        assertThat(model.matrix().columns()).extracting(MatrixColumn::model)
                .containsExactly(RunsFixture.LLAMA, "missing:1b", RunsFixture.LLAMA, "missing:1b");
        MatrixEntry missing = model.matrix().cell(0, 1);
        assertThat(missing.status()).isEqualTo(CellResult.Status.ERROR);
        assertThat(missing.result().error()).contains("missing:1b");
        assertThat(status("france", 0)).isEqualTo(CellResult.Status.PASSED);
        assertThat(model.matrix().totals().errors()).isEqualTo(6);
    }

    @Test
    void aCardWithoutTestsSaysWhatToAddAndRunsNothing() throws InterruptedException {
        open(RunsFixture.capitals().withTests(List.of()));

        model.run(List.of(), 2);

        assertThat(model.running()).isFalse();
        assertThat(model.messageProperty().get()).contains("no test cases").contains("Tests tab");
        assertThat(fixture.db.runs().history(model.version().cardId(), 10)).isEmpty();
    }

    @Test
    void comparingWithThePreviousRunMarksRegressionsAndFixes() throws InterruptedException {
        open(RunsFixture.capitals());
        runAndWait(List.of(), 2);
        fixture.ollama.chatScript(ChatScript.answer("Madrid", " it is."));
        runAndWait(List.of(), 2);
        ui.until(() -> model.comparison().available());

        model.comparison().compare();
        ui.until(() -> model.comparison().comparison() != null);

        assertThat(model.comparison().comparison().count(CellChange.Kind.REGRESSION)).isEqualTo(2);
        assertThat(model.comparison().comparison().count(CellChange.Kind.FIX)).isEqualTo(2);
        assertThat(model.comparison().headerProperty().get()).startsWith("2 regressions, 2 fixes vs run of")
                .endsWith("(version 1)");
        assertThat(model.matrix().cell(0, 0).change()).isEqualTo(CellChange.Kind.REGRESSION);
        assertThat(model.matrix().cell(1, 1).change()).isEqualTo(CellChange.Kind.FIX);
        model.changedOnlyProperty().set(true);
        assertThat(model.visibleRows()).extracting(MatrixRow::testName).containsExactly("france", "spain");

        model.comparison().clear();
        assertThat(model.matrix().cell(0, 0).change()).isNull();
        assertThat(model.changedOnlyProperty().get()).isFalse();
        assertThat(model.visibleRows()).hasSize(3);
    }

    @Test
    void failuresOnlyKeepsTheTestsWithAFailingCell() throws InterruptedException {
        open(RunsFixture.capitals());
        runAndWait(List.of(), 2);

        model.failuresOnlyProperty().set(true);

        assertThat(model.visibleRows()).extracting(MatrixRow::testName).containsExactly("spain", "italy");
    }

    @Test
    void pickingAnEarlierRunInTheHistoryShowsItsCells() throws InterruptedException {
        open(RunsFixture.capitals());
        runAndWait(List.of(), 2);
        fixture.ollama.chatScript(ChatScript.answer("Rome"));
        runAndWait(List.of(), 2);
        ui.until(() -> model.history().runs().size() == 2);
        assertThat(status("italy", 0)).isEqualTo(CellResult.Status.PASSED);

        model.showRun(model.history().runs().get(1));
        ui.until(() -> model.shown().summary().id().equals(model.history().runs().get(1).id()));

        assertThat(status("italy", 0)).isEqualTo(CellResult.Status.FAILED);
        assertThat(status("france", 0)).isEqualTo(CellResult.Status.PASSED);
        ui.until(() -> model.comparison().hint().contains("first run"));
    }

    @Test
    void cancellingASlowRunShowsCancelledCellsAndStoresTheRunAsCancelled() throws InterruptedException {
        open(RunsFixture.capitals());
        fixture.ollama.chatScript(ChatScript.answer("Paris", " is", " the", " capital", ".")
                .withTokenDelay(Duration.ofMillis(150)));
        model.run(List.of(), 1);
        ui.until(() -> model.matrix().totals().cells() >= 1);

        model.cancel();
        assertThat(model.progressTextProperty().get()).contains("Cancelling");
        ui.until(() -> !model.running() && model.shown() != null);

        assertThat(model.shown().summary().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(model.matrix().totals().cancelled()).isPositive();
        assertThat(model.messageProperty().get()).contains("cancelled");
        ui.until(() -> !model.history().runs().isEmpty());
        assertThat(model.history().runs().getFirst().status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void switchingToAnotherCardDuringARunAndBackShowsTheCellsSoFarAndTheEnd() throws InterruptedException {
        CardVersion capitals = open(RunsFixture.capitals());
        CardVersion other = fixture.create(RunsFixture.capitals().withTitle("Other"));
        fixture.ollama.chatScript(ChatScript.answer("Paris", " is", " it", ".").withTokenDelay(Duration.ofMillis(60)));
        model.run(List.of(), 1);
        ui.until(() -> model.matrix().totals().cells() >= 1);

        model.show(other);
        ui.until(() -> model.state() == RunsViewModel.State.NO_RUNS);
        assertThat(model.matrix().rows()).isEmpty();
        assertThat(model.runningShownCard()).isFalse();
        assertThat(model.running()).as("the other card's run goes on").isTrue();

        model.show(capitals);
        assertThat(model.state()).isEqualTo(RunsViewModel.State.LIVE);
        assertThat(model.matrix().totals().cells()).isPositive();
        ui.until(() -> !model.running() && model.state() == RunsViewModel.State.SHOWING);
        assertThat(model.matrix().totals().cells()).isEqualTo(6);
        assertThat(model.shown().summary().cardId()).isEqualTo(capitals.cardId());
    }

    @Test
    void withOllamaDownEveryCellShowsTheConnectionErrorAndTheRunIsStillStored() throws InterruptedException {
        open(RunsFixture.capitals());
        fixture.ollama.stop();

        runAndWait(List.of(), 4);

        assertThat(model.matrix().totals().errors()).isEqualTo(6);
        assertThat(model.matrix().cell(0, 0).result().error()).containsIgnoringCase("ollama");
        assertThat(model.messageProperty().get()).isEmpty();
        ui.until(() -> model.history().runs().size() == 1);
    }
}
