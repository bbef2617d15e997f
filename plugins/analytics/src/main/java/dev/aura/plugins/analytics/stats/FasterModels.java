package dev.aura.plugins.analytics.stats;

import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Faster-model hints from core's eval_result: within one plugin's suite, over the cases both models ran in the last
 * 30 days (the latest result per case), another model that passed at least as many with a median latency at most
 * 80% of this model's. Per (plugin, model) only the fastest such model is kept.
 */
final class FasterModels {
    static final Duration WINDOW = Duration.ofDays(30);
    static final int MIN_COMMON_CASES = 5;
    static final double LATENCY_FACTOR = 0.8;

    private FasterModels() {}

    /** @param range the last 30 days, for the insights' "calls behind it" */
    static List<Insight> find(Handle h, TimeRange range) {
        // (source, suite) -> model -> case -> latest result; rows come oldest first so later ones replace.
        Map<List<String>, Map<String, Map<String, Result>>> suites = new TreeMap<>(
                (a, b) -> Arrays.compare(a.toArray(new String[0]), b.toArray(new String[0])));
        List<EvalRow> rows = h.createQuery("""
                        SELECT source, suite, case_key, model, passed, latency_ms FROM eval_result
                        WHERE recorded_at >= :since AND recorded_at < :until ORDER BY recorded_at, id""")
                .bind("since", OffsetDateTime.ofInstant(range.from(), ZoneOffset.UTC))
                .bind("until", OffsetDateTime.ofInstant(range.to(), ZoneOffset.UTC))
                .map((rs, ctx) -> new EvalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new Result(rs.getBoolean(5), rs.getLong(6))))
                .list();
        for (EvalRow row : rows) {
            suites.computeIfAbsent(List.of(row.source(), row.suite()), k -> new TreeMap<>())
                    .computeIfAbsent(row.model(), k -> new HashMap<>())
                    .put(row.caseKey(), row.result());
        }
        Map<List<String>, Insight> best = new TreeMap<>(
                (a, b) -> Arrays.compare(a.toArray(new String[0]), b.toArray(new String[0])));
        suites.forEach((suite, byModel) -> byModel.forEach((model, mine) -> byModel.forEach((other, theirs) -> {
            if (other.equals(model)) {
                return;
            }
            List<String> common = mine.keySet().stream().filter(theirs::containsKey).toList();
            if (common.size() < MIN_COMMON_CASES) {
                return;
            }
            double myPass = passRate(mine, common);
            double theirPass = passRate(theirs, common);
            double myMedian = median(mine, common);
            double theirMedian = median(theirs, common);
            if (theirPass < myPass || theirMedian > LATENCY_FACTOR * myMedian) {
                return;
            }
            String source = suite.get(0);
            Insight hint = new Insight(Insight.Kind.FASTER_MODEL, source, model, other, myMedian, theirMedian,
                    theirPass, common.size(), range,
                    UsageFilter.ALL.withSources(Set.of(source)).withModels(Set.of(model, other)));
            best.merge(List.of(source, model), hint, (a, b) -> b.current() < a.current() ? b : a);
        })));
        return new ArrayList<>(best.values());
    }

    private static double passRate(Map<String, Result> results, List<String> cases) {
        return cases.stream().filter(c -> results.get(c).passed()).count() / (double) cases.size();
    }

    /** The lower median (a real measured latency), like the histogram percentiles. */
    private static double median(Map<String, Result> results, List<String> cases) {
        long[] latencies = cases.stream().mapToLong(c -> results.get(c).latencyMs()).sorted().toArray();
        return latencies[(latencies.length - 1) / 2];
    }

    private record EvalRow(String source, String suite, String caseKey, String model, Result result) {}

    private record Result(boolean passed, long latencyMs) {}
}
