package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.delay;
import static dev.aura.plugins.automation.runs.RunsFixture.transform;
import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.automation.engine.LoopbackHttp;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.FileOperation;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.store.StoredRun;
import dev.aura.plugins.automation.store.StoredStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed or cancelled run is retried from the step that stopped it, with the same inputs and earlier outputs. */
class FlowRunsRetryTest {
    @TempDir
    Path dir;

    private RunsFixture fx;
    private LoopbackHttp http;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void open() {
        fx = new RunsFixture(dir);
        http = new LoopbackHttp().on("/name", exchange -> {
            fetches.incrementAndGet();
            LoopbackHttp.reply(exchange, 200, "{\"file\": \"note-" + fetches.get() + ".txt\"}");
        });
    }

    @AfterEach
    void close() {
        http.close();
        fx.close();
    }

    @Test
    void aFailedRunIsRetriedFromTheFailedStepWithTheSameInputsAndEarlierOutputs() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        String flowId = fx.save(workflow("reader", new Permissions(List.of(inbox), List.of("127.0.0.1"), List.of(),
                        false), RunPolicy.DEFAULT,
                Step.of("fetch", new StepType.Http("GET", http.url("/name"), Map.of(), null, null)),
                Step.of("read", new StepType.Files(FileOperation.READ, "{{ vars.folder }}/{{ steps.fetch.json.file }}",
                        null, null)),
                transform("shout", "{{ steps.read.text | upper }}")));
        fx.runs().confirmPermissions(flowId);
        ActiveRun failed = fx.runs().startManual(flowId, Map.of("folder", inbox.toString()));
        assertThat(fx.await(failed).status()).isEqualTo(RunStatus.FAILED);
        Files.writeString(inbox.resolve("note-1.txt"), "hello");

        ActiveRun retry = fx.runs().retry(failed.runId());

        assertThat(retry.trigger()).isEqualTo("retry of " + failed.runId());
        assertThat(fx.await(retry).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fetches).as("the step before the failed one is not run again").hasValue(1);
        StoredRun stored = fx.stored(retry.runId());
        assertThat(stored.summary().retryOf()).isEqualTo(failed.runId());
        assertThat(stored.summary().version()).isEqualTo(1);
        assertThat(stored.variables()).containsEntry("folder", inbox.toString());
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("read", "shout");
        assertThat(stored.steps().get(1).output()).containsEntry("text", "HELLO");
    }

    @Test
    void aRetryRunsTheVersionOfTheFailedRunEvenAfterANewSave() throws Exception {
        String flowId = fx.save(workflow("versions", transform("data", "{\"a\": 1}"),
                RunsFixture.failing("pick", "data")));
        ActiveRun failed = fx.runs().startManual(flowId, Map.of("who", "Malee"));
        fx.await(failed);
        fx.flows().save(flowId, workflow("versions", transform("other", "2")), "changed");

        ActiveRun retry = fx.runs().retry(failed.runId());
        fx.await(retry);

        StoredRun stored = fx.stored(retry.runId());
        assertThat(stored.summary().version()).isEqualTo(1);
        assertThat(stored.variables()).containsEntry("who", "Malee");
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("pick");
        assertThat(stored.summary().status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void aCancelledRunIsRetriedFromTheStepItStoppedAt() throws Exception {
        String flowId = fx.save(workflow("paused", transform("first", "{{ vars.who }}"), delay("wait"),
                transform("last", "{{ steps.first.text }} again")));
        ActiveRun cancelled = fx.runs().startManual(flowId, Map.of());
        fx.scheduler().awaitSleeping();
        cancelled.cancel();
        fx.await(cancelled);

        ActiveRun retry = fx.runs().retry(cancelled.runId());
        fx.scheduler().awaitSleeping();
        fx.scheduler().release();

        assertThat(fx.await(retry).status()).isEqualTo(RunStatus.SUCCEEDED);
        StoredRun stored = fx.stored(retry.runId());
        assertThat(stored.steps()).extracting(StoredStep::stepId).containsExactly("wait", "last");
        assertThat(stored.steps().get(1).output()).containsEntry("text", "world again");
    }

    @Test
    void onlyFailedOrCancelledRunsCanBeRetried() throws Exception {
        String flowId = fx.save(workflow("fine", transform("one", "1")));
        ActiveRun done = fx.runs().startManual(flowId, Map.of());
        fx.await(done);

        assertThatThrownBy(() -> fx.runs().retry(done.runId())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("succeeded").hasMessageContaining("Only a failed or cancelled run");
        assertThatThrownBy(() -> fx.runs().retry("no-such-run")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-run");
    }
}
