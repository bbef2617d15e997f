package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.delay;
import static dev.aura.plugins.automation.runs.RunsFixture.failing;
import static dev.aura.plugins.automation.runs.RunsFixture.transform;
import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.StoredRun;
import dev.aura.plugins.automation.store.StoredStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs are stored as they happen: each step when it finishes, then the status, the error and an audit entry. */
class FlowRunsHistoryTest {
    @TempDir
    Path dir;

    private RunsFixture fx;

    @BeforeEach
    void open() {
        fx = new RunsFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void eachStepIsStoredWhileTheRunIsStillGoing() throws Exception {
        String flowId = fx.save(workflow("greeter", transform("greet", "hello {{ vars.who }}"), delay("wait"),
                transform("done", "{{ steps.greet.text }}!")));

        ActiveRun run = fx.runs().startManual(flowId, Map.of("who", "Somchai"));
        fx.scheduler().awaitSleeping();

        StoredRun midway = fx.stored(run.runId());
        assertThat(midway.summary().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(midway.summary().trigger()).isEqualTo("manual");
        assertThat(midway.variables()).containsEntry("who", "Somchai");
        assertThat(midway.steps()).extracting(StoredStep::stepId).containsExactly("greet");
        assertThat(fx.runs().active()).containsExactly(run);
        assertThat(run.currentStep()).isEqualTo("wait");
        assertThat(run.finishedSteps()).extracting(StepRecord::stepId).containsExactly("greet");

        fx.scheduler().release();
        RunRecord record = fx.await(run);

        assertThat(record.status()).isEqualTo(RunStatus.SUCCEEDED);
        StoredRun done = fx.stored(run.runId());
        assertThat(done.summary().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.summary().error()).isNull();
        assertThat(done.summary().finished()).isEqualTo(RunsFixture.NOW);
        assertThat(done.steps()).extracting(StoredStep::stepId).containsExactly("greet", "wait", "done");
        assertThat(done.steps().get(2).output()).containsEntry("text", "hello Somchai!");
        assertThat(fx.runs().active()).isEmpty();
        assertThat(fx.runs().active(run.runId())).isEmpty();
    }

    @Test
    void aFailedRunStoresTheErrorOfTheStepThatStoppedIt() throws Exception {
        String flowId = fx.save(workflow("broken", transform("data", "{\"a\": 1}"), failing("pick", "data"),
                transform("never", "x")));

        ActiveRun run = fx.runs().startManual(flowId, Map.of());
        RunRecord record = fx.await(run);

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        StoredRun stored = fx.stored(run.runId());
        assertThat(stored.summary().status()).isEqualTo(RunStatus.FAILED);
        assertThat(stored.summary().error()).startsWith("Step 'pick' failed: The JSONPath $.missing found nothing");
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("data", "pick");
        assertThat(stored.steps().get(1).error()).contains("$.missing");
        assertThat(fx.notifier().sent()).as("manual runs are watched by the user, no notification").isEmpty();
    }

    @Test
    void everyFinishedRunIsAudited() throws Exception {
        String flowId = fx.save(workflow("audited", transform("one", "1")));

        fx.await(fx.runs().startManual(flowId, Map.of()));

        List<AuditEntry> entries = fx.audited("automation.run");
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().subject()).isEqualTo("audited");
        assertThat(entries.getFirst().details()).contains("\"workflow\":\"audited\"", "\"version\":1",
                "\"trigger\":\"manual\"", "\"status\":\"SUCCEEDED\"");
    }

    @Test
    void cancellingARunStoresItAsCancelled() throws Exception {
        String flowId = fx.save(workflow("long", transform("first", "1"), delay("wait"), transform("after", "2")));
        ActiveRun run = fx.runs().startManual(flowId, Map.of());
        fx.scheduler().awaitSleeping();

        run.cancel();
        RunRecord record = fx.await(run);

        assertThat(record.status()).isEqualTo(RunStatus.CANCELLED);
        StoredRun stored = fx.stored(run.runId());
        assertThat(stored.summary().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("first");
        assertThat(fx.runs().active()).isEmpty();
        assertThat(fx.audited("automation.run").getFirst().details()).contains("\"status\":\"CANCELLED\"");
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheRunOrOtherListeners() throws Exception {
        String flowId = fx.save(workflow("watched", transform("one", "1"), transform("two", "2")));
        List<String> seen = new CopyOnWriteArrayList<>();
        fx.runs().subscribe(new RunEvents() {
            @Override
            public void runStarted(ActiveRun run) {
                throw new IllegalStateException("a broken progress view");
            }

            @Override
            public void stepFinished(ActiveRun run, StepRecord step) {
                throw new IllegalStateException("a broken progress view");
            }
        });
        fx.runs().subscribe(new RunEvents() {
            @Override
            public void runStarted(ActiveRun run) {
                seen.add("started");
            }

            @Override
            public void stepStarted(ActiveRun run, String stepId, int attempt) {
                seen.add("step " + stepId + " try " + attempt);
            }

            @Override
            public void stepFinished(ActiveRun run, StepRecord step) {
                seen.add("done " + step.stepId());
            }

            @Override
            public void runFinished(ActiveRun run, RunRecord record) {
                seen.add("finished " + record.status());
            }
        });

        RunRecord record = fx.await(fx.runs().startManual(flowId, Map.of()));

        assertThat(record.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(seen).containsExactly("started", "step one try 1", "done one", "step two try 1", "done two",
                "finished SUCCEEDED");
    }

    @Test
    void closingCancelsTheRunsStillGoingAndRefusesNewOnes() throws Exception {
        String flowId = fx.save(workflow("long", delay("wait")));
        ActiveRun run = fx.runs().startManual(flowId, Map.of());
        fx.scheduler().awaitSleeping();

        fx.runs().close();

        assertThat(run.result()).isCompleted();
        assertThat(fx.stored(run.runId()).summary().status()).isEqualTo(RunStatus.CANCELLED);
        assertThatThrownBy(() -> fx.runs().startManual(flowId, Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closing");
        assertThat(fx.runs().startTriggered(flowId, "app-start", Map.of())).isEmpty();
    }

    @Test
    void anUnknownWorkflowIsNamedInTheError() {
        assertThatThrownBy(() -> fx.runs().startManual("no-such-flow", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-flow");
        assertThat(fx.runs().startTriggered("no-such-flow", "app-start", Map.of())).isEmpty();
    }
}
