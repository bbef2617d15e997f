package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.Pricing;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Facets;
import dev.aura.plugins.analytics.model.LatencyRow;
import dev.aura.plugins.analytics.model.ModelSeries;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Builds a {@link Dashboard} in memory from the rollup rows of a range and of the period before it. */
final class DashboardAggregator {
    private DashboardAggregator() {}

    /**
     * @param rows rollup rows (stored and tail) covering at least {@code range.previous()} and {@code range}
     */
    static Dashboard build(TimeRange range, UsageFilter filter, List<RollupRow> rows, Pricing pricing,
            long pendingCalls) {
        RangeBuckets buckets = new RangeBuckets(range);
        long previousFirstHour = RangeBuckets.firstHour(range.previous());
        long firstHour = RangeBuckets.firstHour(range);
        int n = buckets.size();

        TreeSet<String> models = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> providers = new TreeSet<>();
        Figures current = new Figures();
        Figures previous = new Figures();
        Map<String, ModelFigures> byModel = new HashMap<>();
        Map<String, Figures> byPlugin = new HashMap<>();
        Map<String, Figures> byProvider = new HashMap<>();
        Map<String, Long> errors = new HashMap<>();
        double[] costPerBucket = new double[n];

        for (RollupRow row : rows) {
            long hour = row.hourStart();
            boolean inRange = buckets.containsHour(hour);
            if (!inRange && !(hour >= previousFirstHour && hour < firstHour)) {
                continue;
            }
            if (inRange) {
                models.add(row.model());
                sources.add(row.source());
                providers.add(row.provider());
            }
            if (!filter.matches(row.provider(), row.model(), row.source(), row.outcome())) {
                continue;
            }
            double cost = pricing.cost(row.model(), row.promptTokens(), row.outputTokens(), row.latencySumMs());
            if (!inRange) {
                previous.add(row, cost);
                continue;
            }
            current.add(row, cost);
            int b = buckets.indexOf(hour);
            costPerBucket[b] += cost;
            byModel.computeIfAbsent(row.model(), m -> new ModelFigures(n)).add(row, cost, b);
            byPlugin.computeIfAbsent(row.source(), s -> new Figures()).add(row, cost);
            byProvider.computeIfAbsent(row.provider(), p -> new Figures()).add(row, cost);
            if (row.outcome() != Outcome.OK) {
                errors.merge(row.errorKind() == null ? "OTHER" : row.errorKind(), row.calls(), Long::sum);
            }
        }

        List<Map.Entry<String, ModelFigures>> modelsByCalls = new ArrayList<>(byModel.entrySet());
        modelsByCalls.sort(Comparator.comparingLong((Map.Entry<String, ModelFigures> e) -> -e.getValue().figures.calls())
                .thenComparing(Map.Entry::getKey));
        List<ModelSeries> series = new ArrayList<>();
        List<LatencyRow> latency = new ArrayList<>();
        List<BreakdownRow> modelRows = new ArrayList<>();
        for (Map.Entry<String, ModelFigures> e : modelsByCalls) {
            ModelFigures m = e.getValue();
            series.add(m.series(e.getKey()));
            Histogram h = m.figures.latency();
            latency.add(new LatencyRow(e.getKey(), m.figures.calls(), h.percentile(50), h.percentile(95),
                    h.percentile(99)));
            modelRows.add(new BreakdownRow(e.getKey(), m.figures.totals()));
        }
        return new Dashboard(range, filter, new Facets(List.copyOf(models), List.copyOf(sources),
                List.copyOf(providers)), pricing.currency(), current.totals(), previous.totals(), buckets.starts(),
                series, costPerBucket, latency, sortedByCount(errors), modelRows, rows(byPlugin), rows(byProvider),
                pendingCalls);
    }

    /** Totals per key (model, plugin, provider or local date) of the rows in {@code range} matching the filter. */
    static List<BreakdownRow> breakdown(TimeRange range, UsageFilter filter, List<RollupRow> rows, Pricing pricing,
            Function<RollupRow, String> key) {
        RangeBuckets buckets = new RangeBuckets(range);
        Map<String, Figures> byKey = new HashMap<>();
        for (RollupRow row : rows) {
            if (buckets.containsHour(row.hourStart())
                    && filter.matches(row.provider(), row.model(), row.source(), row.outcome())) {
                byKey.computeIfAbsent(key.apply(row), k -> new Figures()).add(row,
                        pricing.cost(row.model(), row.promptTokens(), row.outputTokens(), row.latencySumMs()));
            }
        }
        return rows(byKey);
    }

    /** By calls, most first, then by key. */
    static List<BreakdownRow> rows(Map<String, Figures> byKey) {
        return byKey.entrySet().stream()
                .map(e -> new BreakdownRow(e.getKey(), e.getValue().totals()))
                .sorted(Comparator.comparingLong((BreakdownRow r) -> -r.totals().calls())
                        .thenComparing(BreakdownRow::key))
                .toList();
    }

    private static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static final class ModelFigures {
        final Figures figures = new Figures();
        final long[] calls;
        final long[] tokens;
        final double[] tpsSum;
        final long[] tpsCount;

        ModelFigures(int buckets) {
            calls = new long[buckets];
            tokens = new long[buckets];
            tpsSum = new double[buckets];
            tpsCount = new long[buckets];
        }

        void add(RollupRow row, double cost, int bucket) {
            figures.add(row, cost);
            calls[bucket] += row.calls();
            tokens[bucket] += row.promptTokens() + row.outputTokens();
            tpsSum[bucket] += row.tpsSum();
            tpsCount[bucket] += row.tpsCount();
        }

        ModelSeries series(String model) {
            double[] tps = new double[calls.length];
            Arrays.setAll(tps, i -> tpsCount[i] == 0 ? Double.NaN : tpsSum[i] / tpsCount[i]);
            return new ModelSeries(model, calls, tokens, tps);
        }
    }
}
