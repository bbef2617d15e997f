package dev.aura.plugins.automation.runs;

import java.util.List;

/**
 * CONTRACT SKELETON (helper "runs" replaces it): approvals waiting for the user, across all runs. A run's Approval
 * step blocks on {@code Approver.approve} until {@link #answer} is called or the run is cancelled.
 */
public final class ApprovalQueue {
    /** Pending approvals, oldest first. */
    public List<PendingApproval> pending() {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    /** Approves ({@code true}) or rejects the approval; false when it is no longer pending. */
    public boolean answer(String approvalId, boolean approved) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }
}
