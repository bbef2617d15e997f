package dev.aura.plugins.automation.runs;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.automation.steps.Approver;
import dev.aura.plugins.automation.steps.StepFailure;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approvals waiting for the user, across all runs. Each run gets its own {@link Approver} from {@link #approverFor};
 * its Approval step blocks until {@link #answer} is called, or until the run is cancelled (the waiting thread is
 * interrupted). A rejection fails the step with "Rejected by you at 14:02". Thread-safe.
 */
public final class ApprovalQueue {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalQueue.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Answer times are shown in the system's time zone. */
    public ApprovalQueue() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock when approvals are asked and answered; its zone formats the time in a rejection */
    public ApprovalQueue(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Pending approvals, oldest first. */
    public synchronized List<PendingApproval> pending() {
        return waiting.values().stream().map(Waiting::approval).toList();
    }

    /** The pending approvals of one run, oldest first. */
    public synchronized List<PendingApproval> pending(String runId) {
        return waiting.values().stream().map(Waiting::approval).filter(a -> a.runId().equals(runId)).toList();
    }

    /** Approves ({@code true}) or rejects the approval; false when it is no longer pending. */
    public boolean answer(String approvalId, boolean approved) {
        return answer(approvalId, approved, null);
    }

    /**
     * Rejects the approval with the reason the step fails with, where nobody could answer (a headless run); false
     * when it is no longer pending.
     */
    public boolean refuse(String approvalId, String reason) {
        return answer(approvalId, false, Objects.requireNonNull(reason, "reason"));
    }

    private boolean answer(String approvalId, boolean approved, String reason) {
        Waiting answered;
        synchronized (this) {
            answered = waiting.remove(approvalId);
        }
        if (answered == null) {
            return false;
        }
        answered.answer().complete(new Answer(approved, clock.instant(), reason));
        changed();
        return true;
    }

    /**
     * The approver for one run: each call to it adds a {@link PendingApproval} (with this run id and workflow name)
     * and blocks until it is answered; interrupting the waiting thread (cancelling the run) withdraws it.
     */
    public Approver approverFor(String runId, String workflow) {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(workflow, "workflow");
        return (stepId, message) -> await(new PendingApproval(UUID.randomUUID().toString(), runId, workflow, stepId,
                message, clock.instant()));
    }

    /** {@code onChange} runs (on the thread that changed it) whenever an approval is asked for, answered or withdrawn. */
    public Subscription subscribe(Runnable onChange) {
        Objects.requireNonNull(onChange, "onChange");
        listeners.add(onChange);
        return () -> listeners.remove(onChange);
    }

    private boolean await(PendingApproval approval) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        synchronized (this) {
            waiting.put(approval.id(), new Waiting(approval, answer));
        }
        changed();
        try {
            Answer given = answer.get();
            if (!given.approved() && given.reason() != null) {
                throw new StepFailure(given.reason());
            }
            if (!given.approved()) {
                throw new StepFailure("Rejected by you at " + TIME.format(given.at().atZone(clock.getZone())) + ": \""
                        + approval.message() + "\". The run stopped here; run the workflow again to be asked again.");
            }
            return true;
        } catch (ExecutionException e) {
            throw new IllegalStateException("An approval is only ever completed with an answer", e);
        } finally {
            boolean withdrawn;
            synchronized (this) {
                withdrawn = waiting.remove(approval.id()) != null;
            }
            if (withdrawn) {
                changed();
            }
        }
    }

    private void changed() {
        for (Runnable listener : new ArrayList<>(listeners)) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("An approvals listener failed; the approvals go on", e);
            }
        }
    }

    private record Waiting(PendingApproval approval, CompletableFuture<Answer> answer) {}

    /** {@code reason} is null when the user answered. */
    private record Answer(boolean approved, Instant at, String reason) {}
}
