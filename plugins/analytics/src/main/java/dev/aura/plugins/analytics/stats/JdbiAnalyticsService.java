package dev.aura.plugins.analytics.stats;

import dev.aura.core.evals.EvalLog;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.usage.PriceBook;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.CallCursor;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.Insight;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** CONTRACT SKELETON, replaced by the stats helper: the constructor is the contract. */
public final class JdbiAnalyticsService implements AnalyticsService {
    public JdbiAnalyticsService(Store store, PriceBook prices, EvalLog evals, Clock clock) {}

    @Override public long catchUp(JobContext job) { throw new UnsupportedOperationException(); }
    @Override public long pendingCalls() { throw new UnsupportedOperationException(); }
    @Override public Dashboard dashboard(TimeRange range, UsageFilter filter) { throw new UnsupportedOperationException(); }
    @Override public List<BreakdownRow> breakdown(TimeRange range, UsageFilter filter, Dimension by) { throw new UnsupportedOperationException(); }
    @Override public CallPage calls(TimeRange range, UsageFilter filter, CallCursor after, int limit) { throw new UnsupportedOperationException(); }
    @Override public Optional<CallRow> call(String id) { throw new UnsupportedOperationException(); }
    @Override public List<Insight> insights(Instant now, ZoneId zone) { throw new UnsupportedOperationException(); }
    @Override public long exportCalls(TimeRange range, UsageFilter filter, Path file, ExportFormat format) { throw new UnsupportedOperationException(); }
    @Override public void exportAggregates(Dashboard dashboard, Path file, ExportFormat format) { throw new UnsupportedOperationException(); }
}
