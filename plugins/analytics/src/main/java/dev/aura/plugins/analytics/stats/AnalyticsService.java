package dev.aura.plugins.analytics.stats;

import dev.aura.core.tasks.JobContext;
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
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Statistics over core's usage log (ADR 0005). Calls are rolled up per UTC hour into the plugin's own tables; a
 * dashboard reads those rollups plus the few calls newer than them, never the raw rows of the whole range.
 * Thread-safe; every method does I/O, so never call it on the FX thread.
 */
public interface AnalyticsService {
    /**
     * Rolls up the calls recorded since the last catch-up (by any process sharing the database). Cheap when nothing
     * is new; the first run over a large existing log reports progress and can be cancelled between chunks.
     *
     * @return how many calls were rolled up
     */
    long catchUp(JobContext job);

    /** Calls recorded but not rolled up yet. */
    long pendingCalls();

    /**
     * The whole dashboard. Rollups of a range are cached, so asking again for the same range with another filter
     * does not touch the database beyond the calls recorded since.
     */
    Dashboard dashboard(TimeRange range, UsageFilter filter);

    /** The same aggregates as the dashboard's tables, by any dimension (the CLI's {@code --by}). */
    List<BreakdownRow> breakdown(TimeRange range, UsageFilter filter, Dimension by);

    /** Individual calls in the range matching the filter, newest first; {@code after} null for the first page. */
    CallPage calls(TimeRange range, UsageFilter filter, CallCursor after, int limit);

    Optional<CallRow> call(String id);

    /** Latency and error-rate jumps against each model's rolling baseline, and faster-model hints from evaluations. */
    List<Insight> insights(Instant now, java.time.ZoneId zone);

    /** Writes every call of the range matching the filter; returns how many. Streams: never holds them all. */
    long exportCalls(TimeRange range, UsageFilter filter, Path file, ExportFormat format) throws IOException;

    /** Writes the dashboard's totals and breakdowns. */
    void exportAggregates(Dashboard dashboard, Path file, ExportFormat format) throws IOException;
}
