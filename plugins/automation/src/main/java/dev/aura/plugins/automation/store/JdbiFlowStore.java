package dev.aura.plugins.automation.store;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.store.Store;
import dev.aura.core.store.sync.SyncedRows;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.FlowRows.FlowRow;
import dev.aura.plugins.automation.store.FlowRows.StoredContent;
import dev.aura.plugins.automation.yaml.WorkflowFileException;
import dev.aura.plugins.automation.yaml.WorkflowYamlReader;
import dev.aura.plugins.automation.yaml.WorkflowYamlWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FlowStore} in the plugin's synced tables: a workflow row with the latest version's name and description, and
 * one immutable row per version holding the workflow as YAML. A save of an existing workflow first locks its row, so
 * two saves of one workflow (the window and a CLI import) get distinct version numbers.
 */
public final class JdbiFlowStore implements FlowStore {
    static final String CREATED = "automation.flow.created";
    static final String DELETED = "automation.flow.deleted";

    private static final Logger LOG = LoggerFactory.getLogger(JdbiFlowStore.class);
    /**
     * Name checks and the writes they guard run one at a time (every store of the process: one database file has one
     * process): H2's row locks cannot lock a name not yet taken.
     */
    private static final ReentrantLock NAMES = new ReentrantLock();

    private final Store store;
    private final AuditLog audit;
    private final Clock clock;
    private final WorkflowYamlWriter writer = new WorkflowYamlWriter();
    private final WorkflowYamlReader reader = new WorkflowYamlReader();
    private volatile boolean migrated;

    public JdbiFlowStore(Store store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Jdbi jdbi() {
        if (!migrated) {
            store.migrate(AutomationSchema.MIGRATIONS);
            migrated = true;
        }
        return store.jdbi();
    }

    @Override
    public List<FlowSummary> list() {
        return jdbi().withHandle(FlowRows::summaries);
    }

    @Override
    public Optional<FlowVersion> latestByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return jdbi().withHandle(h -> FlowRows.liveIdNamed(h, name).flatMap(id -> latest(h, id)));
    }

    @Override
    public Optional<FlowVersion> latest(String flowId) {
        return StoredValues.uuid(flowId).flatMap(id -> jdbi().withHandle(h -> latest(h, id)));
    }

    /** The latest version of a live workflow; a deleted workflow has none (its versions stay readable by number). */
    private static Optional<FlowVersion> latest(Handle h, UUID id) {
        return FlowRows.flow(h, id, false).filter(row -> !row.deleted())
                .flatMap(row -> FlowRows.version(h, id, FlowRows.highestVersion(h, id)));
    }

    @Override
    public Optional<FlowVersion> version(String flowId, int version) {
        return StoredValues.uuid(flowId).flatMap(id -> jdbi().withHandle(h -> FlowRows.version(h, id, version)));
    }

    @Override
    public List<FlowVersion> versions(String flowId) {
        return StoredValues.uuid(flowId).map(id -> jdbi().withHandle(h -> FlowRows.versions(h, id)))
                .orElse(List.of());
    }

    @Override
    public FlowVersion save(String flowId, Workflow workflow, String note) {
        Objects.requireNonNull(workflow, "workflow");
        if (workflow.name().isBlank()) {
            throw new IllegalArgumentException("A workflow needs a name. Type a name for it, then save again.");
        }
        String yaml = writer.write(workflow);
        requireReadable(workflow, yaml);
        NAMES.lock();
        try {
            if (flowId == null) {
                FlowVersion created = jdbi().inTransaction(h -> create(h, workflow, yaml, note));
                audit(CREATED, workflow.name(), Map.of("flowId", created.flowId(), "version", 1));
                return created;
            }
            UUID id = StoredValues.uuid(flowId).orElseThrow(() -> missing(flowId));
            return jdbi().inTransaction(h -> saveVersion(h, id, flowId, workflow, yaml, note));
        } finally {
            NAMES.unlock();
        }
    }

    private FlowVersion create(Handle h, Workflow workflow, String yaml, String note) {
        requireFreeName(h, workflow.name(), null);
        Instant now = now();
        UUID id = SyncedRows.insert(h, FlowRows.FLOWS, FlowRows.flowColumns(workflow, 1, now));
        SyncedRows.insert(h, FlowRows.VERSIONS, FlowRows.versionColumns(id, 1, yaml, workflow.policy(), note, now));
        return FlowRows.version(h, id, 1).orElseThrow();
    }

    private FlowVersion saveVersion(Handle h, UUID id, String flowId, Workflow workflow, String yaml, String note) {
        FlowRow row = FlowRows.flow(h, id, true).filter(r -> !r.deleted()).orElseThrow(() -> missing(flowId));
        requireFreeName(h, workflow.name(), id);
        int highest = FlowRows.highestVersion(h, id);
        Optional<StoredContent> latest = FlowRows.content(h, id, highest);
        if (latest.isPresent() && latest.get().yaml().equals(yaml) && latest.get().policy().equals(workflow.policy())) {
            return FlowRows.version(h, id, highest).orElseThrow();
        }
        Instant now = now();
        SyncedRows.update(h, FlowRows.FLOWS, row.id(), FlowRows.flowColumns(workflow, highest + 1, now));
        SyncedRows.insert(h, FlowRows.VERSIONS,
                FlowRows.versionColumns(id, highest + 1, yaml, workflow.policy(), note, now));
        return FlowRows.version(h, id, highest + 1).orElseThrow();
    }

    /** Only what reads back is stored: a version that could not be loaded would lose the workflow. */
    private void requireReadable(Workflow workflow, String yaml) {
        try {
            reader.read("workflow '" + workflow.name().strip() + "'", yaml);
        } catch (WorkflowFileException e) {
            throw new IllegalArgumentException("The workflow '" + workflow.name().strip() + "' was not saved: "
                    + e.getMessage() + " Fix that, then save again.", e);
        }
    }

    private static void requireFreeName(Handle h, String name, UUID self) {
        Optional<UUID> holder = FlowRows.liveIdNamed(h, name);
        if (holder.isPresent() && !holder.get().equals(self)) {
            throw new IllegalArgumentException("The name '" + name.strip() + "' is taken by another workflow. "
                    + "Choose another name, then save again.");
        }
    }

    @Override
    public void delete(String flowId) {
        UUID id = StoredValues.uuid(flowId).orElseThrow(() -> missing(flowId));
        String name = jdbi().inTransaction(h -> {
            FlowRow row = FlowRows.flow(h, id, true).filter(r -> !r.deleted()).orElseThrow(() -> missing(flowId));
            SyncedRows.delete(h, FlowRows.FLOWS, id);
            return row.name();
        });
        audit(DELETED, name, Map.of("flowId", id.toString()));
    }

    @Override
    public Optional<Permissions> confirmedPermissions(String flowId) {
        return StoredValues.uuid(flowId).flatMap(id -> jdbi().withHandle(h -> h.createQuery(
                        "SELECT permissions FROM automation_flow_permission WHERE flow_id = :flow")
                .bind("flow", id).mapTo(String.class).findOne()).map(PermissionsJson::read));
    }

    @Override
    public void confirmPermissions(String flowId, Permissions permissions) {
        Objects.requireNonNull(permissions, "permissions");
        UUID id = StoredValues.uuid(flowId).orElseThrow(() -> missing(flowId));
        jdbi().useHandle(h -> h.createUpdate("MERGE INTO automation_flow_permission (flow_id, permissions, "
                        + "confirmed_at) KEY (flow_id) VALUES (:flow, :permissions, :at)")
                .bind("flow", id).bind("permissions", PermissionsJson.write(permissions))
                .bind("at", StoredValues.at(now())).execute());
    }

    /** Audit entries follow the committed change; a failed append is logged and never undoes the action. */
    private void audit(String action, String subject, Map<String, ?> details) {
        try {
            audit.append(action, subject, new LinkedHashMap<>(details));
        } catch (RuntimeException e) {
            LOG.warn("Could not audit {} of workflow '{}'", action, subject, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static IllegalArgumentException missing(String flowId) {
        return new IllegalArgumentException("There is no workflow with id '" + flowId + "': it was deleted or never "
                + "saved. Refresh the workflow list (or run 'aura flows list') and pick the workflow again.");
    }
}
