package dev.aura.plugins.automation.store;

import dev.aura.plugins.automation.engine.RunStatus;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads of the run tables, shared by {@link JdbiRunHistory}'s methods. */
final class RunRows {
    static final String SUMMARY_COLUMNS = "id, flow_id, workflow, flow_version, trigger_text, status, started_at, "
            + "finished_at, step_count, error, retry_of";

    private RunRows() {}

    /**
     * A WHERE clause, its bindings and the newest-first ORDER BY for a history filter. Every filter column leads one
     * of the run indexes; the ORDER BY repeats the equal column in front because H2 reads an index in order (and
     * stops after the page) only when the ORDER BY starts with the index's first column.
     */
    record Where(String sql, List<Object> values, String orderBy) {
        static Where of(RunFilter filter) {
            List<String> parts = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (filter.flowId() != null) {
                parts.add("flow_id = ?");
                values.add(StoredValues.flowKey(filter.flowId()));
            }
            if (filter.status() != null) {
                parts.add("status = ?");
                values.add(filter.status().name());
            }
            if (filter.trigger() != null && !filter.trigger().isBlank()) {
                parts.add("trigger_text LIKE ? ESCAPE '\\'");
                values.add(likePrefix(filter.trigger()));
            }
            if (filter.from() != null) {
                parts.add("started_at >= ?");
                values.add(StoredValues.at(filter.from()));
            }
            if (filter.to() != null) {
                parts.add("started_at < ?");
                values.add(StoredValues.at(filter.to()));
            }
            String lead = filter.flowId() != null ? "flow_id, " : filter.status() != null ? "status, " : "";
            return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values,
                    " ORDER BY " + lead + "started_at DESC, id DESC");
        }

        Query bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.bind(i, values.get(i));
            }
            return query;
        }
    }

    static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static RunSummary summary(ResultSet rs) throws SQLException {
        return new RunSummary(rs.getObject("id", UUID.class).toString(), rs.getString("flow_id"),
                rs.getString("workflow"), rs.getInt("flow_version"), rs.getString("trigger_text"),
                RunStatus.valueOf(rs.getString("status")), StoredValues.instant(rs, "started_at"),
                StoredValues.instant(rs, "finished_at"), rs.getInt("step_count"), rs.getString("error"),
                rs.getString("retry_of"));
    }

    static List<StoredStep> steps(Handle h, UUID runId) {
        return h.createQuery("SELECT step_index, step_id, inputs, output, duration_ms, attempts, error, full_output "
                        + "FROM automation_run_step WHERE run_id = :run ORDER BY step_index")
                .bind("run", runId).map((rs, ctx) -> step(rs)).list();
    }

    private static StoredStep step(ResultSet rs) throws SQLException {
        int index = rs.getInt("step_index");
        Map<String, Object> inputs = new StoredJsonMap(rs.getString("inputs"), "inputs of step " + index);
        Map<String, Object> output = new StoredJsonMap(rs.getString("output"), "output of step " + index);
        String file = rs.getString("full_output");
        return new StoredStep(index, rs.getString("step_id"), inputs, output,
                Duration.ofMillis(rs.getLong("duration_ms")), rs.getInt("attempts"), rs.getString("error"),
                file == null ? null : Path.of(file));
    }
}
