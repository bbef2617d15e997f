package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.runs.ApprovalQueue;
import dev.aura.plugins.automation.runs.PendingApproval;
import dev.aura.plugins.automation.runs.RunEvents;
import dev.aura.plugins.automation.steps.Approver;
import dev.aura.plugins.automation.steps.StepFailure;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Approval steps of the run {@code flows run} follows, when they wait in the approval queue: on a terminal the user
 * answers y/N; elsewhere nobody can, so the approval is rejected at once (the step fails instead of waiting forever)
 * with {@link Approver#NOBODY}'s reason, which the step fails with. Questions are asked on their own thread: events
 * arrive on the run's.
 */
final class HeadlessApprovals implements RunEvents {
    private final FlowsCliContext context;
    private final RunProgress progress;
    private final boolean terminal;
    private final Set<String> handled = ConcurrentHashMap.newKeySet();
    private volatile String runId;

    HeadlessApprovals(FlowsCliContext context, RunProgress progress, boolean terminal) {
        this.context = context;
        this.progress = progress;
        this.terminal = terminal;
    }

    void follow(String id) {
        this.runId = id;
        approvalsChanged();
    }

    @Override
    public void approvalsChanged() {
        String id = runId;
        if (id == null) {
            return;
        }
        ApprovalQueue queue = context.services().approvals();
        for (PendingApproval approval : queue.pending(id)) {
            if (handled.add(approval.id())) {
                Thread.ofVirtual().name("aura-flows-approval").start(() -> answer(queue, approval));
            }
        }
    }

    private static String nobodyCanAnswer(PendingApproval approval) {
        try {
            Approver.NOBODY.approve(approval.stepId(), approval.message());
            return null;
        } catch (StepFailure | InterruptedException e) {
            return e.getMessage();
        }
    }

    private void answer(ApprovalQueue queue, PendingApproval approval) {
        if (!terminal) {
            progress.note(context.text("cli.run.approvalHeadless", approval.stepId(), approval.message()));
            queue.refuse(approval.id(), nobodyCanAnswer(approval));
            return;
        }
        String answer;
        synchronized (progress) {
            progress.note(context.text("cli.run.approvalAsk", approval.stepId(), approval.message()));
            answer = context.ask().apply(context.text("cli.run.approvalQuestion"));
        }
        boolean approved = answer != null
                && List.of("y", "yes", "ใช่").contains(answer.strip().toLowerCase(Locale.ROOT));
        queue.answer(approval.id(), approved);
    }
}
