package dev.aura.bench.analytics;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.analytics.stats.AnalyticsSchema;
import dev.aura.plugins.analytics.stats.JdbiAnalyticsService;
import dev.aura.bench.Metric;
import dev.aura.core.usage.ModelPrice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * A generated profile of 1,000,000 model calls over the 90 days before today: five models, three plugins, 4% errors
 * of four kinds and 1% cancelled, latencies log-normal per model. Written with plain batched inserts (as the gateway
 * would have, one row per call), then rolled up once by the plugin's catch-up, which is timed. Kept in the work folder
 * and reused on the same day ({@code generated-on.txt}).
 */
public final class AnalyticsBenchData {
    static final int CALLS = Integer.getInteger("bench.calls", 1_000_000);
    static final String[] MODELS = {"llama3.2", "qwen2.5:7b", "mistral", "gemma2:9b", "phi3"};
    /** Share of calls per model, mean latency (ms) and tokens/s. */
    private static final double[] MODEL_SHARE = {0.40, 0.25, 0.15, 0.12, 0.08};
    private static final double[] MODEL_LATENCY = {1800, 3200, 2600, 4100, 1200};
    private static final double[] MODEL_TPS = {62, 38, 45, 30, 80};
    static final String[] SOURCES = {"chat", "prompts", "automation"};
    private static final double[] SOURCE_SHARE = {0.6, 0.3, 0.1};
    private static final String[] ERROR_KINDS = {"STALLED", "DISCONNECTED", "UNREACHABLE", "HTTP_ERROR"};

    private AnalyticsBenchData() {}

    /** Generates in its own JVM, so the dashboard's memory figure does not include it. */
    public static void main(String[] args) throws Exception {
        ensure(Path.of(args[0]).toAbsolutePath().resolve("profile"));
        System.exit(0);
    }

    static void ensure(Path profile) throws Exception {
        Path marker = profile.resolve("generated-on.txt");
        String today = LocalDate.now(ZoneOffset.UTC) + " " + CALLS;
        if (Files.exists(marker) && Files.readString(marker).trim().equals(today)) {
            return;
        }
        deleteTree(profile);
        System.err.println("bench: generating " + CALLS + " calls over 90 days (kept in " + profile + ")");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), "http://127.0.0.1:9",
                System.getenv(), false))) {
            core.store().migrate(AnalyticsSchema.MIGRATIONS);
            long start = System.nanoTime();
            insert(core);
            System.err.printf("bench: inserted in %.1f s%n", (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < MODELS.length; i++) {
                core.prices().put(new ModelPrice(MODELS[i], 0.05 * (i + 1), 0.2 * (i + 1), 150.0 + 50 * i));
            }
            core.prices().setElectricityPerKwh(0.30);
            JdbiAnalyticsService service = new JdbiAnalyticsService(core.store(), core.prices(), core.evals(),
                    Clock.systemUTC());
            Thread.sleep(2_500); // the catch-up leaves rows younger than 2 s for the next one
            long rollup = System.nanoTime();
            long rolled = service.catchUp(new dev.aura.core.testing.RecordingJobContext());
            new Metric("analytics", "initial_rollup_1m_calls", (System.nanoTime() - rollup) / 1e6, "ms").print();
            System.err.println("bench: rolled up " + rolled + " calls");
            // A freshly bulk-written file is fragmented: without this, H2's background writer compacts it during the
            // measured runs (allocating ~1 GB), which a user's database, grown over 90 days, does not do.
            System.err.println("bench: compacting the database");
            try {
                core.store().jdbi().useHandle(h -> h.execute("SHUTDOWN COMPACT"));
            } catch (RuntimeException closed) {
                // the statement closes the database under the connection that ran it: expected
            }
        }
        Files.writeString(marker, today);
    }

    private static void insert(AuraCore core) throws Exception {
        Random random = new Random(42);
        Instant end = Instant.now().minus(Duration.ofMinutes(1));
        long spanMs = Duration.ofDays(90).toMillis();
        core.store().jdbi().useHandle(h -> {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO usage_log (id, started_at, provider, model, source, prompt_tokens, output_tokens,
                        time_to_first_token_ms, latency_ms, tokens_per_second, estimated_cost, outcome, error_message,
                        error_kind, parameters, load_ms, prompt_eval_ms, eval_ms, recorded_at)
                    VALUES (?, ?, 'ollama', ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < CALLS; i++) {
                    // evenly spread with jitter, in time order as a real log grows
                    long offset = (long) ((i + random.nextDouble()) * spanMs / CALLS);
                    Instant started = end.minusMillis(spanMs - offset);
                    int m = pick(random, MODEL_SHARE);
                    int s = pick(random, SOURCE_SHARE);
                    double roll = random.nextDouble();
                    String outcome = roll < 0.95 ? "OK" : roll < 0.99 ? "ERROR" : "CANCELLED";
                    long latency = Math.max(20, (long) (MODEL_LATENCY[m] * Math.exp(0.5 * random.nextGaussian())));
                    long ttft = Math.max(5, (long) (latency * (0.08 + 0.1 * random.nextDouble())));
                    int prompt = 50 + random.nextInt(1500);
                    double tps = MODEL_TPS[m] * (0.8 + 0.4 * random.nextDouble());
                    int output = "OK".equals(outcome) ? (int) (tps * (latency - ttft) / 1000.0) : random.nextInt(40);
                    String kind = switch (outcome) {
                        case "ERROR" -> ERROR_KINDS[random.nextInt(ERROR_KINDS.length)];
                        case "CANCELLED" -> "CANCELLED";
                        default -> null;
                    };
                    int p = 1;
                    ps.setString(p++, UUID.randomUUID().toString());
                    ps.setObject(p++, started.atOffset(ZoneOffset.UTC));
                    ps.setString(p++, MODELS[m]);
                    ps.setString(p++, SOURCES[s]);
                    ps.setInt(p++, prompt);
                    ps.setInt(p++, output);
                    ps.setLong(p++, ttft);
                    ps.setLong(p++, latency);
                    if ("OK".equals(outcome)) {
                        ps.setDouble(p++, tps);
                    } else {
                        ps.setNull(p++, java.sql.Types.DOUBLE);
                    }
                    ps.setString(p++, outcome);
                    ps.setString(p++, kind == null ? null : kind + ": generated failure");
                    ps.setString(p++, kind);
                    ps.setString(p++, "{\"temperature\":0.7}");
                    ps.setObject(p++, "OK".equals(outcome) ? 12L : null);
                    ps.setObject(p++, "OK".equals(outcome) ? ttft / 2 : null);
                    ps.setObject(p++, "OK".equals(outcome) ? latency - ttft : null);
                    ps.setObject(p, started.plusMillis(latency).atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                    if (i % 5_000 == 4_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static int pick(Random random, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
