package dev.aura.plugins.automation.runs;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.automation.store.FlowStore;
import dev.aura.plugins.automation.store.RunHistory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CONTRACT SKELETON (helper "runs" replaces it): starts runs of stored workflows and records them in the history as
 * they happen (every step as it finishes), keeps the live list of active runs, applies the overlap policy to
 * triggered runs and checks permissions before any run.
 */
public final class FlowRuns implements AutoCloseable {
    /**
     * @param audit    gets an entry per finished run ("automation.run": workflow, version, trigger, status) and per
     *                 permission confirmation ("automation.permissions")
     * @param notifier tells the user about triggered runs that failed or were skipped for unconfirmed permissions
     */
    public FlowRuns(FlowStore flows, RunHistory history, RunnerFactory runners, ApprovalQueue approvals,
                    AuditLog audit, Notifier notifier, Clock clock) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** What the user must confirm before this workflow's latest version runs; empty when nothing is new. */
    public Optional<PermissionChange> permissionsToConfirm(String flowId) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Records that the user allowed the workflow's latest version's permissions (an audit entry too). */
    public void confirmPermissions(String flowId) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /**
     * Starts a run of the workflow's latest version now (manual runs ignore the overlap policy).
     * {@code variables} override the workflow's defaults.
     *
     * @throws PermissionsNotConfirmed when {@link #permissionsToConfirm} is not empty
     */
    public ActiveRun startManual(String flowId, Map<String, String> variables) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /**
     * Starts a triggered run, applying the workflow's overlap policy: empty when it was skipped (an earlier run is
     * still going, or the permissions are not confirmed: both logged, the latter also notified once).
     *
     * @param trigger what started it, as stored in {@link dev.aura.plugins.automation.store.RunSummary#trigger()}
     */
    public Optional<ActiveRun> startTriggered(String flowId, String trigger, Map<String, String> variables) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /**
     * Retries a FAILED or CANCELLED run from its failed (or first unfinished) top-level step, with the same variables
     * and the earlier steps' stored outputs, on the same workflow version. The new run's trigger is "retry of ID".
     */
    public ActiveRun retry(String runId) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    public List<ActiveRun> active() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    public Optional<ActiveRun> active(String runId) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    public ApprovalQueue approvals() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    public Subscription subscribe(RunEvents listener) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Cancels every active run and waits briefly for them to be stored. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }
}
