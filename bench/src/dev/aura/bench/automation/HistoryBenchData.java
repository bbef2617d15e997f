package dev.aura.bench.automation;

import dev.aura.core.store.H2Store;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.engine.StepRecord;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The history the open benches read: 100,000 runs of 50 workflows over a year (batched SQL straight into the run
 * table), and one run of 1,000 steps written through JdbiRunHistory. Made once; a folder holding them is reused.
 */
public final class HistoryBenchData {
    static final int RUNS = 100_000;
    static final int BIG_STEPS = 1_000;
    private static final String[] STATUSES = {"SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "FAILED", "CANCELLED"};
    private static final String[] TRIGGERS = {"manual", "cron 0 9 * * *", "interval PT1H", "folder /data/in/a.txt",
            "app-start"};

    private HistoryBenchData() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path marker = dir.resolve("big-run.txt");
        if (Files.exists(marker)) {
            System.err.println("bench: reusing the history in " + dir);
            return;
        }
        long start = System.nanoTime();
        try (H2Store store = H2Store.open(dir.resolve("aura"))) {
            store.migrate(AutomationSchema.MIGRATIONS);
            seedRuns(store);
            String big = bigRun(new JdbiRunHistory(store, dir.resolve("outputs")));
            Files.writeString(marker, big);
        }
        System.err.printf("bench: wrote %,d runs and one of %,d steps in %.1f s%n", RUNS, BIG_STEPS,
                (System.nanoTime() - start) / 1e9);
        System.exit(0);
    }

    static String flowId(int n) {
        return new UUID(0x0190000000007000L, 0x8000000000000000L | n).toString();
    }

    private static void seedRuns(H2Store store) {
        Random random = new Random(42);
        Instant first = Instant.parse("2025-06-01T00:00:00Z");
        long span = Duration.ofDays(365).toMillis();
        store.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO automation_run (id, flow_id, workflow, flow_version, "
                    + "trigger_text, status, started_at, finished_at, step_count, error, retry_of, variables) VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
            for (int i = 0; i < RUNS; i++) {
                int flow = random.nextInt(50);
                Instant started = first.plusMillis((long) i * span / RUNS + random.nextInt(1000));
                String status = STATUSES[random.nextInt(STATUSES.length)];
                batch.add(UUID.randomUUID(), flowId(flow), "Workflow " + flow, 1 + random.nextInt(4),
                        TRIGGERS[random.nextInt(TRIGGERS.length)], status, at(started),
                        at(started.plusMillis(200 + random.nextInt(60_000))), 3 + random.nextInt(8),
                        status.equals("FAILED") ? "Step 'fetch' failed: the site did not answer within 30 s." : null,
                        "{\"folder\":\"/data/in\"}");
                if (batch.size() == 1_000) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    /** A run whose steps carry realistic outputs: a status, a text of ~1,000 characters and a small JSON object. */
    private static String bigRun(JdbiRunHistory history) {
        String runId = history.begin(flowId(0), 4, "Workflow 0", "manual", Map.of("folder", "/data/in"),
                Instant.parse("2026-06-01T00:00:00Z"), null);
        String text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(18);
        for (int i = 0; i < BIG_STEPS; i++) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("status", 200);
            output.put("text", text);
            output.put("json", Map.of("title", "Item " + i, "score", i * 0.5, "tags", java.util.List.of("a", "b")));
            history.step(runId, i, new StepRecord("step" + i, Map.of("url", "https://example.org/items/" + i),
                    output, Duration.ofMillis(i % 50), 1, null));
        }
        history.finish(runId, RunStatus.SUCCEEDED, Instant.parse("2026-06-01T00:05:00Z"), null);
        return runId;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
