package dev.aura.plugins.automation.store;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.store.Store;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Workflow;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** CONTRACT SKELETON (helper "store" replaces it): workflows and versions in H2, synced tables. */
public final class JdbiFlowStore implements FlowStore {
    public JdbiFlowStore(Store store, AuditLog audit, Clock clock) {
        throw new UnsupportedOperationException("CONTRACT SKELETON");
    }

    @Override public List<FlowSummary> list() { throw new UnsupportedOperationException("CONTRACT SKELETON"); }
    @Override public Optional<FlowVersion> latestByName(String name) { throw new UnsupportedOperationException(); }
    @Override public Optional<FlowVersion> latest(String flowId) { throw new UnsupportedOperationException(); }
    @Override public Optional<FlowVersion> version(String flowId, int version) { throw new UnsupportedOperationException(); }
    @Override public List<FlowVersion> versions(String flowId) { throw new UnsupportedOperationException(); }
    @Override public FlowVersion save(String flowId, Workflow workflow, String note) { throw new UnsupportedOperationException(); }
    @Override public void delete(String flowId) { throw new UnsupportedOperationException(); }
    @Override public Optional<Permissions> confirmedPermissions(String flowId) { throw new UnsupportedOperationException(); }
    @Override public void confirmPermissions(String flowId, Permissions permissions) { throw new UnsupportedOperationException(); }
}
