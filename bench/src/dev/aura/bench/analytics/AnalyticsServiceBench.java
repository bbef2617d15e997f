package dev.aura.bench.analytics;

import dev.aura.bench.Metric;
import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsSchema;
import dev.aura.plugins.analytics.stats.JdbiAnalyticsService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The statistics layer alone over the generated 1,000,000 calls (no window): the 30-day dashboard (both periods, all
 * charts' data) in a fresh service and warm, and a model filter applied to it. The window bench adds the drawing.
 */
public final class AnalyticsServiceBench {
    private static final int RUNS = 7;

    private AnalyticsServiceBench() {}

    public static void main(String[] args) throws Exception {
        Path profile = Path.of(args[0]).toAbsolutePath().resolve("profile");
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(profile.toString(), "http://127.0.0.1:9",
                System.getenv(), true))) {
            core.store().migrate(AnalyticsSchema.MIGRATIONS);
            ZoneId zone = ZoneId.of("Asia/Bangkok");
            TimeRange month = RangePreset.LAST_30_DAYS.resolve(Instant.now(), zone);
            JdbiAnalyticsService service = new JdbiAnalyticsService(core.store(), core.prices(), core.evals(),
                    Clock.systemUTC());
            long start = System.nanoTime();
            Dashboard first = service.dashboard(month, UsageFilter.ALL);
            new Metric("analytics", "service_dashboard_30d_first", ms(start), "ms").print();
            System.err.println("bench: 30 days hold " + first.current().calls() + " calls, previous period "
                    + first.previous().calls());

            List<Long> fresh = new ArrayList<>();
            List<Long> filtered = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                JdbiAnalyticsService another = new JdbiAnalyticsService(core.store(), core.prices(), core.evals(),
                        Clock.systemUTC());
                long t = System.nanoTime();
                another.dashboard(month, UsageFilter.ALL);
                fresh.add(System.nanoTime() - t);
                t = System.nanoTime();
                another.dashboard(month, UsageFilter.ALL.withModels(Set.of(AnalyticsBenchData.MODELS[run % 5])));
                filtered.add(System.nanoTime() - t);
            }
            new Metric("analytics", "service_dashboard_30d_median", Metric.median(fresh) / 1e6, "ms").print();
            new Metric("analytics", "service_filter_change_median", Metric.median(filtered) / 1e6, "ms").print();
        }
        System.exit(0);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
