package dev.aura.plugins.automation.ui.runs;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.runs.PendingApproval;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The approvals runs are waiting for, oldest first. A desktop notification goes out once per new approval, so the
 * user hears of it while the window is in the background. UI thread only.
 */
public final class ApprovalsModel {
    private final AutomationServices services;
    private final Background background;
    private final Messages messages;
    private final ObservableList<PendingApproval> pending = FXCollections.observableArrayList();
    private final Set<String> notified = new HashSet<>();

    ApprovalsModel(AutomationServices services, Background background, Messages messages) {
        this.services = services;
        this.background = background;
        this.messages = messages;
    }

    /** Reads the queue (memory only) and notifies the approvals asked for since the last look. */
    void refresh() {
        List<PendingApproval> now = services.runs().approvals().pending();
        pending.setAll(now);
        for (PendingApproval approval : now) {
            if (notified.add(approval.id())) {
                services.context().notifier().info(messages.text("runs.approval.notifyTitle", approval.workflow()),
                        messages.text("runs.approval.notifyText", approval.stepId(), approval.message()));
            }
        }
        notified.retainAll(now.stream().map(PendingApproval::id).collect(java.util.stream.Collectors.toSet()));
    }

    /** Approves or rejects; the run goes on (or fails) and the queue's event refreshes the list. */
    public void answer(PendingApproval approval, boolean approved) {
        pending.remove(approval);
        background.run(messages.text("runs.job.approval"),
                job -> services.runs().approvals().answer(approval.id(), approved), answered -> refresh());
    }

    public ObservableList<PendingApproval> pending() {
        return pending;
    }
}
