package dev.aura.plugins.analytics.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds raw calls (and existing rollup rows they add to) into one aggregate per {@link RollupKey}. */
final class RollupFold {
    private final Map<RollupKey, Sums> byKey = new LinkedHashMap<>();

    void add(RawCall call) {
        Sums s = byKey.computeIfAbsent(call.key(), k -> new Sums());
        s.calls++;
        s.promptTokens += call.promptTokens();
        s.outputTokens += call.outputTokens();
        s.latencySumMs += call.latencyMs();
        s.latency.add(call.latencyMs());
        if (call.ttftMs() != null) {
            s.ttftCount++;
            s.ttft.add(call.ttftMs());
        }
        Double tps = call.tokensPerSecond();
        if (tps != null && Double.isFinite(tps)) {
            s.tpsSum += tps;
            s.tpsCount++;
        }
    }

    /** Adds a row already stored for one of the keys this fold holds; rows of other keys are ignored. */
    void addExisting(RollupRow row) {
        Sums s = byKey.get(row.key());
        if (s == null) {
            return;
        }
        s.calls += row.calls();
        s.promptTokens += row.promptTokens();
        s.outputTokens += row.outputTokens();
        s.latencySumMs += row.latencySumMs();
        s.ttftCount += row.ttftCount();
        s.tpsSum += row.tpsSum();
        s.tpsCount += row.tpsCount();
        s.latency.addEncoded(row.latency());
        s.ttft.addEncoded(row.ttft());
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    long minHour() {
        return byKey.keySet().stream().mapToLong(RollupKey::hourStart).min().orElse(0);
    }

    long maxHour() {
        return byKey.keySet().stream().mapToLong(RollupKey::hourStart).max().orElse(0);
    }

    /** The aggregates with their histograms encoded, for writing. */
    List<Encoded> encoded() {
        List<Encoded> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, s) -> rows.add(new Encoded(key, s.calls, s.promptTokens, s.outputTokens, s.latencySumMs,
                s.ttftCount, s.tpsSum, s.tpsCount, s.latency.encode(), s.ttft.encode())));
        return rows;
    }

    /** The aggregates as rows, for reading alongside stored rollups. */
    List<RollupRow> rows() {
        List<RollupRow> rows = new ArrayList<>(byKey.size());
        for (Encoded e : encoded()) {
            RollupKey k = e.key();
            rows.add(new RollupRow(k.hourStart(), k.provider(), k.model(), k.source(), k.outcome(), k.errorKind(),
                    e.calls(), e.promptTokens(), e.outputTokens(), e.latencySumMs(), e.ttftCount(), e.tpsSum(),
                    e.tpsCount(), e.latency(), e.ttft()));
        }
        return rows;
    }

    record Encoded(RollupKey key, long calls, long promptTokens, long outputTokens, long latencySumMs,
            long ttftCount, double tpsSum, long tpsCount, byte[] latency, byte[] ttft) {}

    private static final class Sums {
        long calls;
        long promptTokens;
        long outputTokens;
        long latencySumMs;
        long ttftCount;
        double tpsSum;
        long tpsCount;
        final Histogram latency = new Histogram();
        final Histogram ttft = new Histogram();
    }
}
