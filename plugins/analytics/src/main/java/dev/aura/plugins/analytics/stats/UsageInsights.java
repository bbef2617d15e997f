package dev.aura.plugins.analytics.stats;

import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Latency and error-rate jumps: each model's last 24 hours against the 7 days before them, from the rollups.
 * A jump needs at least {@link #MIN_CALLS} calls on both sides so a handful of slow calls does not raise one.
 */
final class UsageInsights {
    static final int MIN_CALLS = 20;
    static final double LATENCY_FACTOR = 1.5;
    static final double ERROR_FACTOR = 2.0;
    static final double ERROR_MIN_INCREASE = 0.05;
    static final Duration RECENT = Duration.ofHours(24);
    static final Duration BASELINE = Duration.ofDays(7);

    private UsageInsights() {}

    /** The span the rollups must cover for {@link #jumps}: the baseline and the recent day, whole hours. */
    static TimeRange span(Instant now, ZoneId zone) {
        Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        return new TimeRange(to.minus(RECENT).minus(BASELINE), to, zone);
    }

    static List<Insight> jumps(List<RollupRow> rows, Instant now, ZoneId zone) {
        TimeRange span = span(now, zone);
        TimeRange recent = new TimeRange(span.to().minus(RECENT), span.to(), zone);
        TimeRange baseline = new TimeRange(span.from(), recent.from(), zone);
        long recentFrom = recent.from().getEpochSecond();
        long spanFrom = span.from().getEpochSecond();
        long spanTo = span.to().getEpochSecond();
        Map<String, Figures> current = new TreeMap<>();
        Map<String, Figures> before = new TreeMap<>();
        for (RollupRow row : rows) {
            long hour = row.hourStart();
            if (hour >= recentFrom && hour < spanTo) {
                current.computeIfAbsent(row.model(), m -> new Figures()).add(row, 0);
            } else if (hour >= spanFrom && hour < recentFrom) {
                before.computeIfAbsent(row.model(), m -> new Figures()).add(row, 0);
            }
        }
        List<Insight> latency = new ArrayList<>();
        List<Insight> errors = new ArrayList<>();
        current.forEach((model, now24h) -> {
            Figures base = before.get(model);
            if (base == null || base.calls() < MIN_CALLS || now24h.calls() < MIN_CALLS) {
                return;
            }
            Totals a = now24h.totals();
            Totals b = base.totals();
            UsageFilter calls = UsageFilter.ALL.withModels(Set.of(model));
            if (a.p95LatencyMs() != null && b.p95LatencyMs() != null && b.p95LatencyMs() > 0
                    && a.p95LatencyMs() >= LATENCY_FACTOR * b.p95LatencyMs()) {
                latency.add(new Insight(Insight.Kind.LATENCY_JUMP, null, model, null, b.p95LatencyMs(),
                        a.p95LatencyMs(), Double.NaN, a.calls(), recent, calls));
            }
            if (a.errorRate() >= ERROR_FACTOR * b.errorRate() && a.errorRate() - b.errorRate() >= ERROR_MIN_INCREASE) {
                errors.add(new Insight(Insight.Kind.ERROR_RATE_JUMP, null, model, null, b.errorRate(), a.errorRate(),
                        Double.NaN, a.calls(), recent, calls.withOutcomes(Set.of(Outcome.ERROR))));
            }
        });
        latency.addAll(errors);
        return latency;
    }
}
