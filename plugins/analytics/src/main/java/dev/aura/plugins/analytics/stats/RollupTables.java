package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** SQL over the rollup tables and the columns of usage_log the rollups need. */
final class RollupTables {
    /** Rows recorded less than this long ago may still have an uncommitted neighbour with a lower seq. */
    static final int SETTLE_SECONDS = 2;

    private static final String RAW_COLUMNS = """
            seq, started_at, provider, model, source, prompt_tokens, output_tokens, time_to_first_token_ms,
            latency_ms, tokens_per_second, outcome, error_kind,
            recorded_at < DATEADD(SECOND, -%d, CURRENT_TIMESTAMP) AS settled""".formatted(SETTLE_SECONDS);

    private RollupTables() {}

    static long watermark(Handle h) {
        return h.createQuery("SELECT last_seq FROM usage_rollup_state WHERE id = 1").mapTo(Long.class).one();
    }

    /** Locks the state row until the transaction ends: one catch-up at a time, across processes. */
    static long lockWatermark(Handle h) {
        return h.createQuery("SELECT last_seq FROM usage_rollup_state WHERE id = 1 FOR UPDATE")
                .mapTo(Long.class).one();
    }

    static void setWatermark(Handle h, long seq) {
        h.createUpdate("UPDATE usage_rollup_state SET last_seq = :seq WHERE id = 1").bind("seq", seq).execute();
    }

    static long countAfter(Handle h, long seq) {
        return h.createQuery("SELECT COUNT(*) FROM usage_log WHERE seq > :seq").bind("seq", seq)
                .mapTo(Long.class).one();
    }

    /** The UTC hour of the earliest call with a seq in {@code (afterSeq, uptoSeq]}, empty when there is none. */
    static java.util.Optional<Long> firstHourBetween(Handle h, long afterSeq, long uptoSeq) {
        return h.createQuery("SELECT MIN(started_at) FROM usage_log WHERE seq > :after AND seq <= :upto")
                .bind("after", afterSeq).bind("upto", uptoSeq)
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class)).findOne()
                .filter(java.util.Objects::nonNull)
                .map(at -> RollupKey.hourOf(at.toEpochSecond()));
    }

    /** The next {@code limit} calls after {@code seq}, in seq order. */
    static List<RawCall> callsAfter(Handle h, long seq, int limit) {
        return h.createQuery("SELECT " + RAW_COLUMNS + " FROM usage_log WHERE seq > :seq ORDER BY seq LIMIT :limit")
                .bind("seq", seq).bind("limit", limit)
                .map(RollupTables::mapRaw).list();
    }

    /** Every call after {@code seq} that started in {@code [from, to)}: the tail a dashboard adds to the rollups. */
    static List<RawCall> callsAfter(Handle h, long seq, Instant from, Instant to) {
        // The hint keeps H2 on the seq index: the tail is a few rows, the range may be most of the table.
        return h.createQuery("SELECT " + RAW_COLUMNS + " FROM usage_log USE INDEX (usage_log_seq)"
                        + " WHERE seq > :seq AND started_at >= :from AND started_at < :to")
                .bind("seq", seq)
                .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .map(RollupTables::mapRaw).list();
    }

    private static RawCall mapRaw(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new RawCall(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toEpochSecond(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getObject(8, Long.class),
                rs.getLong(9), rs.getObject(10, Double.class), Outcome.valueOf(rs.getString(11)), rs.getString(12),
                rs.getBoolean(13));
    }

    /** Rollup rows of the hours in {@code [fromHour, toHour)} (epoch seconds). */
    static List<RollupRow> rows(Handle h, long fromHour, long toHour) {
        return h.createQuery("""
                        SELECT hour_start, provider, model, source, outcome, error_kind, calls, prompt_tokens,
                            output_tokens, latency_sum_ms, ttft_count, tps_sum, tps_count, latency_hist, ttft_hist
                        FROM usage_rollup WHERE hour_start >= :from AND hour_start < :to""")
                .bind("from", fromHour).bind("to", toHour)
                .setFetchSize(4096)
                .map(new RollupRowMapper())
                .list();
    }

    /** Inserts or replaces the rows of these keys with the given (already merged) figures. */
    static void write(Handle h, List<RollupFold.Encoded> rows) {
        PreparedBatch batch = h.prepareBatch("""
                MERGE INTO usage_rollup (hour_start, provider, model, source, outcome, error_kind, calls,
                    prompt_tokens, output_tokens, latency_sum_ms, ttft_count, tps_sum, tps_count, latency_hist,
                    ttft_hist)
                KEY (hour_start, provider, model, source, outcome, error_kind)
                VALUES (:hour, :provider, :model, :source, :outcome, :kind, :calls, :prompt, :output, :latencySum,
                    :ttftCount, :tpsSum, :tpsCount, :latencyHist, :ttftHist)""");
        for (RollupFold.Encoded r : rows) {
            RollupKey k = r.key();
            batch.bind("hour", k.hourStart()).bind("provider", k.provider()).bind("model", k.model())
                    .bind("source", k.source()).bind("outcome", k.outcome().name())
                    .bind("kind", k.errorKind() == null ? "" : k.errorKind())
                    .bind("calls", r.calls()).bind("prompt", r.promptTokens()).bind("output", r.outputTokens())
                    .bind("latencySum", r.latencySumMs()).bind("ttftCount", r.ttftCount())
                    .bind("tpsSum", r.tpsSum()).bind("tpsCount", r.tpsCount())
                    .bind("latencyHist", r.latency()).bind("ttftHist", r.ttft())
                    .add();
        }
        batch.execute();
    }
}
