package dev.aura.plugins.analytics.ui;

import dev.aura.core.tasks.JobContext;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.CallCursor;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.Facets;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Only for the view model's own logic (which answer wins, which state shows): a service whose answers the test sets.
 * Everything the user sees is tested against the real service in the UI tests.
 */
final class ScriptedAnalyticsService implements AnalyticsService {
    volatile long pending;
    volatile long calls = 5;
    volatile RuntimeException failure;
    final List<UsageFilter> asked = new CopyOnWriteArrayList<>();

    @Override
    public long catchUp(JobContext job) {
        job.progress(1, "done");
        long rolled = pending;
        pending = 0;
        return rolled;
    }

    @Override
    public long pendingCalls() {
        return pending;
    }

    @Override
    public Dashboard dashboard(TimeRange range, UsageFilter filter) {
        asked.add(filter);
        if (failure != null) {
            throw failure;
        }
        Totals totals = new Totals(calls, 0, 0, 10 * calls, 20 * calls, 0, 100.0, 900.0, 40.0);
        return new Dashboard(range, filter, new Facets(calls == 0 ? List.of() : List.of("llama3.2"), List.of(),
                List.of()), "USD", totals, Totals.EMPTY, List.of(range.from()), List.of(), new double[] {0},
                List.of(), Map.of(), List.of(), List.of(), List.of(), 0);
    }

    @Override
    public List<BreakdownRow> breakdown(TimeRange range, UsageFilter filter, Dimension by) {
        return List.of();
    }

    @Override
    public CallPage calls(TimeRange range, UsageFilter filter, CallCursor after, int limit) {
        return new CallPage(List.of(), null);
    }

    @Override
    public Optional<CallRow> call(String id) {
        return Optional.empty();
    }

    @Override
    public List<Insight> insights(Instant now, ZoneId zone) {
        return List.of();
    }

    @Override
    public long exportCalls(TimeRange range, UsageFilter filter, Path file, ExportFormat format) {
        return 0;
    }

    @Override
    public void exportAggregates(Dashboard dashboard, Path file, ExportFormat format) {}
}
