package dev.aura.plugins.prompts.store;

import dev.aura.plugins.prompts.history.RunCell;
import dev.aura.plugins.prompts.history.RunStatus;
import dev.aura.plugins.prompts.history.RunSummary;
import dev.aura.plugins.prompts.run.CellResult;
import dev.aura.plugins.prompts.run.SuiteResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The run tables' rows: a run's summary and its cells, written in batches and read back in order. */
final class RunRows {
    /** Cells per JDBC batch: large enough to cut round trips, small enough to keep a 10,000-cell run's memory flat. */
    static final int BATCH = 500;

    static final String SUMMARY_COLUMNS = "id, card_id, card_version, started_at, duration_ms, models, concurrency, "
            + "status, successes, failures, errors, cancelled, prompt_tokens, completion_tokens, total_tokens";

    private static final String INSERT_CELL = """
            INSERT INTO prompt_run_cell (run_id, ordinal, test_index, prompt_index, test_name, variant_label,
                provider_id, model, status, score, output, rendered_prompt, error, latency_ms, prompt_tokens,
                output_tokens, cost, cancelled, grade)
            VALUES (:run, :ordinal, :testIndex, :promptIndex, :testName, :variantLabel, :providerId, :model, :status,
                :score, :output, :renderedPrompt, :error, :latencyMs, :promptTokens, :outputTokens, :cost, :cancelled,
                :grade)""";

    private RunRows() {}

    static void insertCells(Handle h, UUID runId, List<RunCell> cells) {
        for (int from = 0; from < cells.size(); from += BATCH) {
            PreparedBatch batch = h.prepareBatch(INSERT_CELL);
            int to = Math.min(cells.size(), from + BATCH);
            for (int ordinal = from; ordinal < to; ordinal++) {
                RunCell cell = cells.get(ordinal);
                CellResult r = cell.result();
                batch.bind("run", runId).bind("ordinal", ordinal)
                        .bind("testIndex", r.testIndex()).bind("promptIndex", r.promptIndex())
                        .bind("testName", StoredText.fit(cell.testName()))
                        .bind("variantLabel", StoredText.fit(cell.variantLabel()))
                        .bind("providerId", StoredText.fit(r.providerId()))
                        .bind("model", StoredText.fit(r.model()))
                        .bind("status", r.status().name())
                        .bind("score", r.grade() == null ? null : (Double) r.grade().score())
                        .bind("output", StoredText.fit(r.output()))
                        .bind("renderedPrompt", StoredText.fit(r.renderedPrompt()))
                        .bind("error", StoredText.fit(r.error())).bind("latencyMs", r.latencyMs())
                        .bind("promptTokens", r.promptTokens()).bind("outputTokens", r.outputTokens())
                        .bind("cost", r.cost()).bind("cancelled", r.cancelled())
                        .bind("grade", TestGradeJson.fitted(r.grade(), StoredText.MAX))
                        .add();
            }
            batch.execute();
        }
    }

    static List<RunCell> cells(Handle h, UUID runId, int expected) {
        List<RunCell> cells = new java.util.ArrayList<>(expected);
        h.createQuery("SELECT * FROM prompt_run_cell WHERE run_id = :run ORDER BY ordinal")
                .bind("run", runId).setFetchSize(BATCH)
                .map((rs, ctx) -> cell(rs)).forEach(cells::add);
        return cells;
    }

    private static RunCell cell(ResultSet rs) throws SQLException {
        double costValue = rs.getDouble("cost");
        Double costOrNull = rs.wasNull() ? null : costValue;
        CellResult result = new CellResult(rs.getInt("test_index"), rs.getInt("prompt_index"),
                rs.getString("provider_id"), rs.getString("model"), rs.getString("rendered_prompt"),
                rs.getString("output"), TestGradeJson.read(rs.getString("grade")), rs.getString("error"),
                rs.getLong("latency_ms"), rs.getInt("prompt_tokens"), rs.getInt("output_tokens"), costOrNull,
                rs.getBoolean("cancelled"));
        return new RunCell(rs.getString("test_name"), rs.getString("variant_label"), result);
    }

    static RunSummary summary(ResultSet rs) throws SQLException {
        long duration = rs.getLong("duration_ms");
        SuiteResult.Stats stats = new SuiteResult.Stats(rs.getInt("successes"), rs.getInt("failures"),
                rs.getInt("errors"), rs.getInt("cancelled"), rs.getLong("prompt_tokens"),
                rs.getLong("completion_tokens"), rs.getLong("total_tokens"), duration);
        return new RunSummary(rs.getObject("id", UUID.class).toString(), rs.getString("card_id"),
                rs.getInt("card_version"), CardRows.instant(rs, "started_at"), duration,
                JsonTrees.strings(JsonTrees.read(rs.getString("models"), "models of a run")),
                rs.getInt("concurrency"), RunStatus.valueOf(rs.getString("status")), stats);
    }
}
