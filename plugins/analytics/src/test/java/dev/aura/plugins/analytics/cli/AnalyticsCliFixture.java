package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.api.testing.CliRun;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.analytics.AnalyticsPlugin;
import dev.aura.plugins.analytics.stats.AnalyticsSchema;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.core.usage.Outcome;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real data folder (H2 in a temp dir) with the analytics plugin started on it as the CLI host does, so the
 * commands under test are exactly what {@code aura stats} and {@code aura audit} run.
 */
final class AnalyticsCliFixture implements AutoCloseable {
    final AuraCore core;
    final AnalyticsPlugin plugin = new AnalyticsPlugin();

    AnalyticsCliFixture(Path dir, String ollamaUrl) {
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(), ollamaUrl, Map.of(),
                false));
        core.store().migrate(AnalyticsSchema.MIGRATIONS);
        plugin.start(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> {}, Locale.ENGLISH,
                false));
    }

    /** The command named {@code name} ("stats" or "audit") from the plugin's {@code cliCommands()}. */
    Object command(String name) {
        List<Object> commands = plugin.cliCommands();
        return commands.stream()
                .filter(c -> c.getClass().getAnnotation(picocli.CommandLine.Command.class).name().equals(name))
                .findFirst().orElseThrow();
    }

    CliRun run(String name, String... args) {
        return CliRun.execute(command(name), args);
    }

    /** A call written directly, as an older version or another day would have left it. */
    void insertCall(String id, Instant startedAt, String model, String source, Outcome outcome, String errorKind) {
        core.store().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens, output_tokens,
                            time_to_first_token_ms, latency_ms, tokens_per_second, outcome, error_message, error_kind,
                            recorded_at)
                        VALUES (:id, :at, 'ollama', :model, :source, 100, 50, 200, 1000, 50.0, :outcome, :error,
                            :kind, :at)""")
                .bind("id", id)
                .bind("at", OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC))
                .bind("model", model).bind("source", source).bind("outcome", outcome.name())
                .bind("error", errorKind == null ? null : errorKind + ": failed").bind("kind", errorKind)
                .execute());
    }

    @Override
    public void close() {
        plugin.stop();
        core.close();
    }
}
