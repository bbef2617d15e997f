package dev.aura.core.usage;

import dev.aura.core.store.sync.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** {@link UsageLog} in the {@code usage_log} table (migration {@code V2__usage_log.sql} in db/migration/core). */
public final class JdbiUsageLog implements UsageLog {
    private static final int MAX_ERROR_LENGTH = 4000;

    private final Supplier<Jdbi> jdbi;

    public JdbiUsageLog(Jdbi jdbi) {
        Objects.requireNonNull(jdbi);
        this.jdbi = () -> jdbi;
    }

    /** For a store that opens on first use: the database is not touched until a call is recorded or read. */
    public JdbiUsageLog(Supplier<Jdbi> jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi);
    }

    @Override
    public void record(UsageRecord r) {
        String id = r.id() == null || r.id().isBlank() ? Ids.newId().toString() : r.id();
        jdbi.get().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens, output_tokens,
                            time_to_first_token_ms, latency_ms, tokens_per_second, estimated_cost, outcome, error_message,
                            error_kind, parameters, load_ms, prompt_eval_ms, eval_ms)
                        VALUES (:id, :startedAt, :provider, :model, :source, :promptTokens, :outputTokens,
                            :ttft, :latency, :tps, :cost, :outcome, :error, :errorKind, :parameters, :loadMs,
                            :promptEvalMs, :evalMs)""")
                .bind("id", id)
                .bind("startedAt", OffsetDateTime.ofInstant(r.startedAt(), ZoneOffset.UTC))
                .bind("provider", r.provider())
                .bind("model", r.model())
                .bind("source", r.source())
                .bind("promptTokens", r.promptTokens())
                .bind("outputTokens", r.outputTokens())
                .bind("ttft", r.timeToFirstTokenMs())
                .bind("latency", r.latencyMs())
                .bind("tps", r.tokensPerSecond())
                .bind("cost", r.estimatedCost())
                .bind("outcome", r.outcome().name())
                .bind("error", truncate(r.error()))
                .bind("errorKind", r.errorKind())
                .bind("parameters", r.parameters() == null || r.parameters().length() > 2000 ? null : r.parameters())
                .bind("loadMs", r.loadMs())
                .bind("promptEvalMs", r.promptEvalMs())
                .bind("evalMs", r.evalMs())
                .execute());
    }

    @Override
    public List<UsageRecord> recent(int limit) {
        return jdbi.get().withHandle(handle -> handle.createQuery("""
                        SELECT * FROM usage_log ORDER BY started_at DESC, id DESC LIMIT :limit""")
                .bind("limit", Math.max(0, limit))
                .map(JdbiUsageLog::map)
                .list());
    }

    @Override
    public long count() {
        return jdbi.get().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM usage_log").mapTo(Long.class).one());
    }

    /** Maps a full {@code usage_log} row; readers with their own queries (analytics) reuse it. */
    public static UsageRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UsageRecord(
                rs.getString("id"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getString("provider"),
                rs.getString("model"),
                rs.getString("source"),
                rs.getInt("prompt_tokens"),
                rs.getInt("output_tokens"),
                rs.getObject("time_to_first_token_ms", Long.class),
                rs.getLong("latency_ms"),
                rs.getObject("tokens_per_second", Double.class),
                rs.getObject("estimated_cost", Double.class),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("error_message"),
                rs.getString("error_kind"),
                rs.getString("parameters"),
                rs.getObject("load_ms", Long.class),
                rs.getObject("prompt_eval_ms", Long.class),
                rs.getObject("eval_ms", Long.class));
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
