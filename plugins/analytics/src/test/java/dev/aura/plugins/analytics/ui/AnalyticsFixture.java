package dev.aura.plugins.analytics.ui;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.stats.AnalyticsSchema;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.analytics.stats.JdbiAnalyticsService;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * A real core (H2 in a temp dir) with the plugin's schema and the real {@link JdbiAnalyticsService}; calls are written
 * straight into core's usage_log, recorded in the past so that a catch-up rolls them up.
 */
final class AnalyticsFixture implements AutoCloseable {
    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final AnalyticsService service;
    final List<String> notifications = new CopyOnWriteArrayList<>();

    AnalyticsFixture(Path dir) {
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), true));
        core.store().migrate(AnalyticsSchema.MIGRATIONS);
        service = new JdbiAnalyticsService(core.store(), core.prices(), core.evals(), Clock.systemUTC());
    }

    /** One call as the usage log stores it. */
    record Call(Instant startedAt, String provider, String model, String source, int promptTokens,
            int outputTokens, Long ttftMs, long latencyMs, Double tokensPerSecond, String outcome,
            String errorKind, String error, String parameters) {
        static Call ok(Instant at, String model, String source, int in, int out, long ttft, long latency) {
            return new Call(at, "ollama", model, source, in, out, ttft, latency,
                    out * 1000.0 / Math.max(1, latency - ttft), "OK", null, null,
                    "{\"temperature\":0.7,\"num_ctx\":4096}");
        }

        Call withProvider(String value) {
            return new Call(startedAt, value, model, source, promptTokens, outputTokens, ttftMs, latencyMs,
                    tokensPerSecond, outcome, errorKind, error, parameters);
        }

        static Call failed(Instant at, String model, String source, String kind, String message) {
            return new Call(at, "ollama", model, source, 40, 0, null, 1200, null,
                    "CANCELLED".equals(kind) ? "CANCELLED" : "ERROR", kind, message, null);
        }
    }

    void insert(List<Call> calls) {
        core.store().jdbi().useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens, output_tokens,
                        time_to_first_token_ms, latency_ms, tokens_per_second, estimated_cost, outcome, error_message,
                        recorded_at, error_kind, parameters, load_ms, prompt_eval_ms, eval_ms)
                    VALUES (:id, :started, :provider, :model, :source, :in, :out, :ttft, :latency, :tps, NULL,
                        :outcome, :error, :recorded, :kind, :params, :load, :promptEval, :eval)""");
            for (Call c : calls) {
                batch.bind("id", UUID.randomUUID().toString())
                        .bind("started", OffsetDateTime.ofInstant(c.startedAt(), ZoneOffset.UTC))
                        .bind("provider", c.provider()).bind("model", c.model()).bind("source", c.source())
                        .bind("in", c.promptTokens()).bind("out", c.outputTokens())
                        .bind("ttft", c.ttftMs()).bind("latency", c.latencyMs()).bind("tps", c.tokensPerSecond())
                        .bind("outcome", c.outcome()).bind("error", c.error())
                        .bind("recorded", OffsetDateTime.ofInstant(
                                c.startedAt().plusMillis(c.latencyMs()), ZoneOffset.UTC))
                        .bind("kind", c.errorKind()).bind("params", c.parameters())
                        .bind("load", c.ttftMs() == null ? null : 120L)
                        .bind("promptEval", c.ttftMs() == null ? null : c.ttftMs() - 120)
                        .bind("eval", c.ttftMs() == null ? null : c.latencyMs() - c.ttftMs())
                        .add();
            }
            batch.execute();
        });
    }

    AnalyticsUi ui(Locale locale, Executor uiThread, Clock clock) {
        PluginDescriptor descriptor = new PluginDescriptor("analytics", "Analytics", "0.1.0",
                PluginDescriptor.SPI_VERSION, "fth-bar-chart-2", 40);
        CorePluginContext context = new CorePluginContext(core, descriptor,
                (level, title, text) -> notifications.add(level + ": " + title + ": " + text), locale, true);
        return new AnalyticsUi(context, service, Messages.load(locale), uiThread, clock);
    }

    @Override
    public void close() {
        core.close();
        ollama.close();
    }
}
