package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.yaml.WorkflowYamlReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Reads of the workflow tables, shared by {@link JdbiFlowStore}'s methods. */
final class FlowRows {
    static final String FLOWS = "automation_flow";
    static final String VERSIONS = "automation_flow_version";

    private static final String VERSION_COLUMNS = "version_number, yaml, missed_runs, overlap, note, saved_at";

    private FlowRows() {}

    /** The denormalized workflow row: what the list shows without parsing YAML. */
    record FlowRow(UUID id, String name, String description, int latestVersion, Instant savedAt, boolean deleted) {}

    static Optional<FlowRow> flow(Handle h, UUID id, boolean lock) {
        return h.createQuery("SELECT id, name, description, latest_version, saved_at, deleted FROM automation_flow "
                        + "WHERE id = :id" + (lock ? " FOR UPDATE" : ""))
                .bind("id", id).map((rs, ctx) -> flow(rs)).findOne();
    }

    /** The live workflow called {@code name} (case-insensitive), if any. */
    static Optional<UUID> liveIdNamed(Handle h, String name) {
        return h.createQuery("SELECT id FROM automation_flow WHERE deleted = FALSE AND name_key = :key "
                        + "ORDER BY saved_at DESC LIMIT 1")
                .bind("key", nameKey(name)).mapTo(UUID.class).findOne();
    }

    private static FlowRow flow(ResultSet rs) throws SQLException {
        return new FlowRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                rs.getInt("latest_version"), StoredValues.instant(rs, "saved_at"), rs.getBoolean("deleted"));
    }

    /**
     * Every live workflow by name with its latest run, in one query. The sub-query's ORDER BY starts with flow_id so
     * that H2 reads one entry of the run index per workflow instead of sorting all of its runs.
     */
    static List<FlowSummary> summaries(Handle h) {
        return h.createQuery("SELECT f.id, f.name, f.description, f.latest_version, f.saved_at, r.status, "
                        + "r.started_at FROM automation_flow f LEFT JOIN automation_run r ON r.id = "
                        + "(SELECT l.id FROM automation_run l WHERE l.flow_id = CAST(f.id AS VARCHAR) "
                        + "ORDER BY l.flow_id, l.started_at DESC, l.id DESC LIMIT 1) "
                        + "WHERE f.deleted = FALSE ORDER BY f.name_key, f.id")
                .map((rs, ctx) -> {
                    String status = rs.getString("status");
                    return new FlowSummary(rs.getObject("id", UUID.class).toString(), rs.getString("name"),
                            rs.getString("description"), rs.getInt("latest_version"),
                            StoredValues.instant(rs, "saved_at"), status == null ? null : RunStatus.valueOf(status),
                            StoredValues.instant(rs, "started_at"));
                }).list();
    }

    static Optional<FlowVersion> version(Handle h, UUID flowId, int number) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + " FROM automation_flow_version "
                        + "WHERE flow_id = :flow AND version_number = :number AND deleted = FALSE")
                .bind("flow", flowId).bind("number", number)
                .map((rs, ctx) -> version(flowId, rs)).findFirst();
    }

    static List<FlowVersion> versions(Handle h, UUID flowId) {
        return h.createQuery("SELECT " + VERSION_COLUMNS + " FROM automation_flow_version "
                        + "WHERE flow_id = :flow AND deleted = FALSE ORDER BY version_number DESC")
                .bind("flow", flowId).map((rs, ctx) -> version(flowId, rs)).list();
    }

    static int highestVersion(Handle h, UUID flowId) {
        return h.createQuery("SELECT COALESCE(MAX(version_number), 0) FROM automation_flow_version "
                        + "WHERE flow_id = :flow AND deleted = FALSE")
                .bind("flow", flowId).mapTo(Integer.class).one();
    }

    /** The stored text and policy of one version: what an unchanged save compares. */
    record StoredContent(String yaml, RunPolicy policy) {}

    static Optional<StoredContent> content(Handle h, UUID flowId, int number) {
        return h.createQuery("SELECT yaml, missed_runs, overlap FROM automation_flow_version "
                        + "WHERE flow_id = :flow AND version_number = :number AND deleted = FALSE")
                .bind("flow", flowId).bind("number", number)
                .map((rs, ctx) -> new StoredContent(rs.getString("yaml"), policy(rs))).findFirst();
    }

    private static FlowVersion version(UUID flowId, ResultSet rs) throws SQLException {
        String yaml = rs.getString("yaml");
        int number = rs.getInt("version_number");
        Workflow workflow = new WorkflowYamlReader().read("version " + number + " of workflow " + flowId, yaml)
                .withPolicy(policy(rs));
        return new FlowVersion(flowId.toString(), number, workflow, yaml, StoredValues.instant(rs, "saved_at"),
                rs.getString("note") == null ? "" : rs.getString("note"));
    }

    private static RunPolicy policy(ResultSet rs) throws SQLException {
        return new RunPolicy(RunPolicy.MissedRuns.valueOf(rs.getString("missed_runs")),
                RunPolicy.Overlap.valueOf(rs.getString("overlap")));
    }

    /** The workflow row's columns for {@code workflow} as its version {@code latestVersion}. */
    static Map<String, Object> flowColumns(Workflow workflow, int latestVersion, Instant savedAt) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", workflow.name().strip());
        columns.put("name_key", nameKey(workflow.name()));
        columns.put("description", workflow.description());
        columns.put("latest_version", latestVersion);
        columns.put("saved_at", StoredValues.at(savedAt));
        return columns;
    }

    static Map<String, Object> versionColumns(UUID flowId, int number, String yaml, RunPolicy policy, String note,
            Instant savedAt) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("flow_id", flowId);
        columns.put("version_number", number);
        columns.put("yaml", yaml);
        columns.put("missed_runs", policy.missed().name());
        columns.put("overlap", policy.overlap().name());
        columns.put("note", note == null || note.isBlank() ? null : note.strip());
        columns.put("saved_at", StoredValues.at(savedAt));
        return columns;
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
