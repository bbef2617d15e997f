package dev.aura.plugins.automation.runs;

import static dev.aura.plugins.automation.runs.RunsFixture.transform;
import static dev.aura.plugins.automation.runs.RunsFixture.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.automation.engine.RunRecord;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approval steps wait in the queue until the user approves, rejects, or cancels the run. */
class ApprovalQueueTest {
    @TempDir
    Path dir;

    private RunsFixture fx;
    private final AtomicInteger changes = new AtomicInteger();
    private final Semaphore changed = new Semaphore(0);

    @BeforeEach
    void open() {
        fx = new RunsFixture(dir);
        fx.approvals().subscribe(changed::release);
        fx.runs().subscribe(new RunEvents() {
            @Override
            public void approvalsChanged() {
                changes.incrementAndGet();
            }
        });
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void anApprovedStepLetsTheRunGoOn() throws Exception {
        ActiveRun run = fx.runs().startManual(approvalFlow(), Map.of("who", "Somchai"));
        PendingApproval pending = awaitPending();

        assertThat(pending.runId()).isEqualTo(run.runId());
        assertThat(pending.workflow()).isEqualTo("guarded");
        assertThat(pending.stepId()).isEqualTo("ask");
        assertThat(pending.message()).isEqualTo("Send to Somchai?");
        assertThat(pending.asked()).isEqualTo(RunsFixture.NOW);
        assertThat(fx.approvals().pending(run.runId())).containsExactly(pending);

        assertThat(fx.approvals().answer(pending.id(), true)).isTrue();
        RunRecord record = fx.await(run);

        assertThat(record.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fx.approvals().pending()).isEmpty();
        assertThat(fx.approvals().answer(pending.id(), true)).as("no longer pending").isFalse();
        assertThat(changes).as("asked and answered").hasValue(2);
        assertThat(fx.stored(run.runId()).steps()).extracting(s -> s.stepId()).containsExactly("ask", "after");
    }

    @Test
    void aRejectedStepFailsTheRunSayingWhoRejectedItWhen() throws Exception {
        ActiveRun run = fx.runs().startManual(approvalFlow(), Map.of());
        PendingApproval pending = awaitPending();

        fx.approvals().answer(pending.id(), false);
        RunRecord record = fx.await(run);

        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(fx.stored(run.runId()).summary().error())
                .contains("Step 'ask' failed: Rejected by you at 14:02").contains("Send to world?");
    }

    @Test
    void cancellingARunWithdrawsItsApproval() throws Exception {
        ActiveRun run = fx.runs().startManual(approvalFlow(), Map.of());
        awaitPending();

        run.cancel();

        assertThat(fx.await(run).status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(fx.approvals().pending()).isEmpty();
        assertThat(changes).as("asked and withdrawn").hasValue(2);
    }

    @Test
    void approvalsOfSeveralRunsWaitOldestFirstAndAreAnsweredSeparately() throws Exception {
        String flowId = approvalFlow();
        ActiveRun first = fx.runs().startManual(flowId, Map.of("who", "A"));
        awaitPending();
        ActiveRun second = fx.runs().startManual(flowId, Map.of("who", "B"));
        awaitPending(2);

        List<PendingApproval> pending = fx.approvals().pending();
        assertThat(pending).extracting(PendingApproval::runId).containsExactly(first.runId(), second.runId());

        fx.approvals().answer(pending.get(1).id(), false);
        assertThat(fx.await(second).status()).isEqualTo(RunStatus.FAILED);
        assertThat(first.result()).isNotDone();
        fx.approvals().answer(pending.get(0).id(), true);
        assertThat(fx.await(first).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    private String approvalFlow() {
        return fx.save(workflow("guarded", Step.of("ask", new StepType.Approval("Send to {{ vars.who }}?")),
                transform("after", "sent")));
    }

    private PendingApproval awaitPending() throws InterruptedException {
        return awaitPending(1);
    }

    private PendingApproval awaitPending(int count) throws InterruptedException {
        while (fx.approvals().pending().size() < count) {
            assertThat(changed.tryAcquire(10, TimeUnit.SECONDS)).as("an approval was asked for").isTrue();
        }
        return fx.approvals().pending().getFirst();
    }
}
