package dev.aura.plugins.analytics.stats;

import dev.aura.core.evals.JdbiEvalLog;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.store.H2Store;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.core.usage.JdbiPriceBook;
import dev.aura.core.usage.Outcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A real H2 store with core's and the plugin's migrations, the real price book and the service under test. */
final class StatsFixture implements AutoCloseable {
    final H2Store store;
    final JdbiPriceBook prices;
    final JdbiEvalLog evals;
    final JdbiAnalyticsService service;
    private int ids;

    StatsFixture(Path dir) {
        this(dir, UsageCatchUp.DEFAULT_CHUNK);
    }

    StatsFixture(Path dir, int chunk) {
        store = H2Store.open(dir.resolve("aura"));
        store.migrate(AnalyticsSchema.MIGRATIONS);
        prices = new JdbiPriceBook(store::jdbi, JsonFileSettings.load(dir.resolve("settings.json")));
        evals = new JdbiEvalLog(store::jdbi);
        service = new JdbiAnalyticsService(store, prices, evals, Clock.systemUTC(), chunk);
    }

    /** A successful call of {@code model} from chat on Ollama; change it with the withers. */
    Call call(String startedAt, String model, long latencyMs) {
        return new Call("c" + String.format("%04d", ++ids), Instant.parse(startedAt), "ollama", model, "chat", 10, 20,
                null, latencyMs, null, Outcome.OK, null, null);
    }

    void insert(Call... calls) {
        store.jdbi().useHandle(h -> {
            for (Call c : calls) {
                Instant recorded = c.recordedAt() != null ? c.recordedAt() : c.startedAt().plusMillis(c.latencyMs());
                h.createUpdate("""
                                INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens,
                                    output_tokens, time_to_first_token_ms, latency_ms, tokens_per_second, outcome,
                                    error_message, error_kind, recorded_at)
                                VALUES (:id, :startedAt, :provider, :model, :source, :prompt, :output, :ttft,
                                    :latency, :tps, :outcome, :error, :kind, :recorded)""")
                        .bind("id", c.id())
                        .bind("startedAt", OffsetDateTime.ofInstant(c.startedAt(), ZoneOffset.UTC))
                        .bind("provider", c.provider()).bind("model", c.model()).bind("source", c.source())
                        .bind("prompt", c.promptTokens()).bind("output", c.outputTokens())
                        .bind("ttft", c.ttftMs()).bind("latency", c.latencyMs()).bind("tps", c.tps())
                        .bind("outcome", c.outcome().name())
                        .bind("error", c.errorKind() == null ? null : c.errorKind() + ": failed")
                        .bind("kind", c.errorKind())
                        .bind("recorded", OffsetDateTime.ofInstant(recorded, ZoneOffset.UTC))
                        .execute();
            }
        });
    }

    /** Marks a call as written just now: not settled, so a catch-up leaves it in the tail. */
    void recordNow(String id) {
        store.jdbi().useHandle(h -> h.createUpdate("UPDATE usage_log SET recorded_at = CURRENT_TIMESTAMP WHERE id = :id")
                .bind("id", id).execute());
    }

    long catchUp() {
        return service.catchUp(new RecordingJobContext());
    }

    long watermark() {
        return store.jdbi().withHandle(RollupTables::watermark);
    }

    long rollupCalls() {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(calls), 0) FROM usage_rollup")
                .mapTo(Long.class).one());
    }

    @Override
    public void close() {
        store.close();
    }

    record Call(String id, Instant startedAt, String provider, String model, String source, int promptTokens,
            int outputTokens, Long ttftMs, long latencyMs, Double tps, Outcome outcome, String errorKind,
            Instant recordedAt) {
        Call tokens(int prompt, int output) {
            return new Call(id, startedAt, provider, model, source, prompt, output, ttftMs, latencyMs, tps, outcome,
                    errorKind, recordedAt);
        }

        Call ttft(long ms) {
            return new Call(id, startedAt, provider, model, source, promptTokens, outputTokens, ms, latencyMs, tps,
                    outcome, errorKind, recordedAt);
        }

        Call tps(double value) {
            return new Call(id, startedAt, provider, model, source, promptTokens, outputTokens, ttftMs, latencyMs,
                    value, outcome, errorKind, recordedAt);
        }

        Call source(String value) {
            return new Call(id, startedAt, provider, model, value, promptTokens, outputTokens, ttftMs, latencyMs, tps,
                    outcome, errorKind, recordedAt);
        }

        Call provider(String value) {
            return new Call(id, startedAt, value, model, source, promptTokens, outputTokens, ttftMs, latencyMs, tps,
                    outcome, errorKind, recordedAt);
        }

        Call failed(Outcome value, String kind) {
            return new Call(id, startedAt, provider, model, source, promptTokens, outputTokens, ttftMs, latencyMs, tps,
                    value, kind, recordedAt);
        }
    }
}
