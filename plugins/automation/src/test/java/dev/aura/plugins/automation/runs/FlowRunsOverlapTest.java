package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.delay;
import static dev.aura.plugins.automation.runs.RunsFixture.failing;
import static dev.aura.plugins.automation.runs.RunsFixture.transform;
import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.RunPolicy.Overlap;
import dev.aura.plugins.automation.store.RunFilter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trigger that fires while an earlier run of the workflow is still going skips, queues or runs in parallel. */
class FlowRunsOverlapTest {
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
    void skipDropsTheSecondRunWhileTheFirstIsGoing() throws Exception {
        String flowId = slowFlow(Overlap.SKIP);
        ActiveRun first = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();
        fx.scheduler().awaitSleeping();

        assertThat(fx.runs().startTriggered(flowId, "interval PT1M", Map.of())).isEmpty();

        fx.scheduler().release();
        assertThat(fx.await(first).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.history().count(RunFilter.of(flowId))).isEqualTo(1);
        assertThat(fx.runs().startTriggered(flowId, "interval PT1M", Map.of())).as("free again").isPresent();
        fx.scheduler().release();
    }

    @Test
    void queueStartsTheSecondRunWhenTheFirstEnds() throws Exception {
        String flowId = slowFlow(Overlap.QUEUE);
        ActiveRun first = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();
        fx.scheduler().awaitSleeping();

        ActiveRun second = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();

        assertThat(second.queued()).isTrue();
        assertThat(fx.runs().active()).containsExactly(first, second);
        assertThat(fx.scheduler().noMoreSleeping()).as("the queued run waits").isTrue();
        assertThat(second.finishedSteps()).isEmpty();

        fx.scheduler().release();
        assertThat(fx.await(first).status()).isEqualTo(RunStatus.SUCCEEDED);
        fx.scheduler().awaitSleeping();
        assertThat(second.queued()).isFalse();
        fx.scheduler().release();

        assertThat(fx.await(second).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.stored(second.runId()).summary().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.runs().active()).isEmpty();
    }

    @Test
    void aQueuedRunCancelledBeforeItStartsNeverRuns() throws Exception {
        String flowId = slowFlow(Overlap.QUEUE);
        ActiveRun first = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();
        fx.scheduler().awaitSleeping();
        ActiveRun second = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();

        second.cancel();

        assertThat(fx.await(second).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.stored(second.runId()).summary().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.runs().active()).containsExactly(first);
        fx.scheduler().release();
        fx.await(first);
        assertThat(fx.scheduler().noMoreSleeping()).isTrue();
        assertThat(fx.stored(second.runId()).steps()).isEmpty();
    }

    @Test
    void parallelRunsBothAtOnce() throws Exception {
        String flowId = slowFlow(Overlap.PARALLEL);
        ActiveRun first = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();
        ActiveRun second = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();

        fx.scheduler().awaitSleeping();
        fx.scheduler().awaitSleeping();
        assertThat(second.queued()).isFalse();
        assertThat(fx.runs().active()).containsExactlyInAnyOrder(first, second);

        fx.scheduler().release();
        fx.scheduler().release();
        assertThat(fx.await(first).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.await(second).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aManualRunIgnoresThePolicy() throws Exception {
        String flowId = slowFlow(Overlap.SKIP);
        ActiveRun triggered = fx.runs().startTriggered(flowId, "interval PT1M", Map.of()).orElseThrow();
        fx.scheduler().awaitSleeping();

        ActiveRun manual = fx.runs().startManual(flowId, Map.of());
        fx.scheduler().awaitSleeping();

        fx.scheduler().release();
        fx.scheduler().release();
        assertThat(fx.await(triggered).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.await(manual).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aTriggeredRunThatFailsTellsTheUserWhichStep() throws Exception {
        String flowId = fx.save(workflow("nightly", transform("data", "{\"a\": 1}"), failing("pick", "data")));

        ActiveRun run = fx.runs().startTriggered(flowId, "cron 0 9 * * *", Map.of()).orElseThrow();
        fx.await(run);

        assertThat(fx.stored(run.runId()).summary().trigger()).isEqualTo("cron 0 9 * * *");
        assertThat(fx.notifier().sent()).singleElement().satisfies(sent -> {
            assertThat(sent.level()).isEqualTo(Notifier.Level.ERROR);
            assertThat(sent.title()).contains("nightly");
            assertThat(sent.text()).contains("Step 'pick' failed");
        });
    }

    private String slowFlow(Overlap overlap) {
        return fx.save(workflow("slow", Permissions.NONE, new RunPolicy(RunPolicy.MissedRuns.SKIP, overlap),
                transform("first", "1"), delay("wait")));
    }
}
