package dev.aura.bench.analytics;

import dev.aura.bench.Metric;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.store.H2Store;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.usage.JdbiUsageLog;
import dev.aura.core.usage.UsageLog;
import dev.aura.core.usage.UsageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What recording a call costs the caller: the same one-token chat call through the real gateway to the fake Ollama on
 * loopback, with the real usage log (an H2 insert, on the caller's path before the result completes) and with a
 * recorder that does nothing. Blocks of each alternate, so drift of the machine hits both; the figure is the
 * difference of the medians (and of the p95s).
 */
public final class RecorderBench {
    private static final int WARMUP = 1_000;
    private static final int BLOCK = 500;
    private static final int BLOCKS = 8;

    private RecorderBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("aura-recorder-bench");
        try (FakeOllamaServer ollama = new FakeOllamaServer(); H2Store store = H2Store.open(dir.resolve("aura"))) {
            ollama.addModel("llama3.2");
            ollama.start();
            store.migrate(H2Store.CORE);
            OllamaConnection connection = new OllamaConnection(ollama.url());
            UsageLog none = new UsageLog() {
                @Override public void record(UsageRecord record) {}
                @Override public List<UsageRecord> recent(int limit) { return List.of(); }
                @Override public long count() { return 0; }
            };
            try (OllamaLlmGateway recorded = new OllamaLlmGateway(connection, new JdbiUsageLog(store.jdbi()));
                    OllamaLlmGateway unrecorded = new OllamaLlmGateway(connection, none)) {
                ChatRequest request = ChatRequest.of("bench", "llama3.2", List.of(LlmMessage.user("hi")));
                for (int i = 0; i < WARMUP; i++) {
                    recorded.chat(request);
                    unrecorded.chat(request);
                }
                List<Long> with = new ArrayList<>();
                List<Long> without = new ArrayList<>();
                for (int b = 0; b < BLOCKS; b++) {
                    time(recorded, request, with);
                    time(unrecorded, request, without);
                }
                double p50With = percentile(with, 0.50), p50Without = percentile(without, 0.50);
                double p95With = percentile(with, 0.95), p95Without = percentile(without, 0.95);
                new Metric("analytics", "call_p50_without_recorder", p50Without, "ms").print();
                new Metric("analytics", "call_p50_with_recorder", p50With, "ms").print();
                new Metric("analytics", "recorder_added_p50", p50With - p50Without, "ms").print();
                new Metric("analytics", "recorder_added_p95", p95With - p95Without, "ms").print();
                System.err.println("bench: usage rows written " + store.jdbi().withHandle(h ->
                        h.createQuery("SELECT COUNT(*) FROM usage_log").mapTo(Long.class).one()));
            }
        }
        System.exit(0);
    }

    private static void time(OllamaLlmGateway gateway, ChatRequest request, List<Long> into) {
        for (int i = 0; i < BLOCK; i++) {
            long start = System.nanoTime();
            gateway.chat(request);
            into.add(System.nanoTime() - start);
        }
    }

    private static double percentile(List<Long> nanos, double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(p * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, rank)] / 1e4) / 100.0;
    }
}
