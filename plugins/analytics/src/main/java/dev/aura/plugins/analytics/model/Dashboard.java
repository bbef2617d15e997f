package dev.aura.plugins.analytics.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows for one range and filter, computed without loading the raw calls.
 *
 * @param buckets        the start of each point on the time charts ({@link TimeRange#bucket()} wide, local days)
 * @param series         per model, the most calls first
 * @param costPerBucket  estimated cost per bucket, all models together
 * @param errorsByKind   failed and cancelled calls per error kind ("STALLED", "UNREACHABLE", "CANCELLED", ...)
 * @param pendingCalls   calls recorded but not yet in the statistics (shown as "updating")
 */
public record Dashboard(
        TimeRange range,
        UsageFilter filter,
        Facets facets,
        String currency,
        Totals current,
        Totals previous,
        List<Instant> buckets,
        List<ModelSeries> series,
        double[] costPerBucket,
        List<LatencyRow> latencyByModel,
        Map<String, Long> errorsByKind,
        List<BreakdownRow> byModel,
        List<BreakdownRow> byPlugin,
        List<BreakdownRow> byProvider,
        long pendingCalls) {}
