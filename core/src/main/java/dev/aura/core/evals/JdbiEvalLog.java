package dev.aura.core.evals;

import dev.aura.core.store.sync.Ids;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** {@link EvalLog} in the {@code eval_result} table (core migration V3). */
public final class JdbiEvalLog implements EvalLog {
    private final Supplier<Jdbi> jdbi;

    public JdbiEvalLog(Supplier<Jdbi> jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi);
    }

    private static final String INSERT = """
            INSERT INTO eval_result (id, recorded_at, source, suite, case_key, provider, model, passed, score,
                latency_ms)
            VALUES (:id, :at, :source, :suite, :caseKey, :provider, :model, :passed, :score, :latency)""";
    private static final int BATCH = 500;

    @Override
    public void record(EvalRecord r) {
        jdbi.get().useHandle(h -> bind(h.createUpdate(INSERT), r).execute());
    }

    @Override
    public void recordAll(List<EvalRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        jdbi.get().useTransaction(h -> {
            for (int from = 0; from < records.size(); from += BATCH) {
                PreparedBatch batch = h.prepareBatch(INSERT);
                for (EvalRecord r : records.subList(from, Math.min(records.size(), from + BATCH))) {
                    bind(batch, r).add();
                }
                batch.execute();
            }
        });
    }

    private static <T extends SqlStatement<T>> T bind(T statement, EvalRecord r) {
        String id = r.id() == null || r.id().isBlank() ? Ids.newId().toString() : r.id();
        return statement
                .bind("id", id)
                .bind("at", OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC))
                .bind("source", r.source())
                .bind("suite", r.suite())
                .bind("caseKey", r.caseKey())
                .bind("provider", r.provider() == null ? "ollama" : r.provider())
                .bind("model", r.model())
                .bind("passed", r.passed())
                .bind("score", r.score())
                .bind("latency", r.latencyMs());
    }

    @Override
    public List<EvalRecord> recent(int limit) {
        return jdbi.get().withHandle(h -> h.createQuery("""
                        SELECT * FROM eval_result ORDER BY recorded_at DESC, id DESC LIMIT :limit""")
                .bind("limit", Math.max(0, limit))
                .map((rs, ctx) -> new EvalRecord(rs.getString("id"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("source"),
                        rs.getString("suite"), rs.getString("case_key"), rs.getString("provider"),
                        rs.getString("model"), rs.getBoolean("passed"), rs.getObject("score", Double.class),
                        rs.getLong("latency_ms")))
                .list());
    }
}
