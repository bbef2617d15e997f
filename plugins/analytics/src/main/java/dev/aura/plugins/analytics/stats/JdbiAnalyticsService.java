package dev.aura.plugins.analytics.stats;

import dev.aura.core.evals.EvalLog;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.JobContext;
import dev.aura.core.usage.PriceBook;
import dev.aura.core.usage.Pricing;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link AnalyticsService} over core's usage_log and the plugin's rollup tables (ADR 0005). The store is opened and
 * the plugin's migrations applied on first use, so constructing this is free.
 *
 * <p>Evaluation results are read with SQL over core's eval_result (the {@link EvalLog} interface has no query by
 * time), and every query takes its time from the caller, so {@code evals} and {@code clock} are only kept for the
 * contract.
 */
public final class JdbiAnalyticsService implements AnalyticsService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbiAnalyticsService.class);
    private final Store store;
    private final PriceBook prices;
    private final UsageCatchUp catchUp;
    private final RollupReader reader;
    private volatile boolean migrated;

    public JdbiAnalyticsService(Store store, PriceBook prices, EvalLog evals, Clock clock) {
        this(store, prices, evals, clock, UsageCatchUp.DEFAULT_CHUNK);
    }

    /** @param chunk calls rolled up per transaction */
    JdbiAnalyticsService(Store store, PriceBook prices, EvalLog evals, Clock clock, int chunk) {
        this.store = Objects.requireNonNull(store);
        this.prices = Objects.requireNonNull(prices);
        Objects.requireNonNull(evals);
        Objects.requireNonNull(clock);
        this.catchUp = new UsageCatchUp(this::jdbi, chunk);
        this.reader = new RollupReader(this::jdbi);
    }

    private Jdbi jdbi() {
        if (!migrated) {
            store.migrate(AnalyticsSchema.MIGRATIONS);
            migrated = true;
        }
        return store.jdbi();
    }

    @Override
    public long catchUp(JobContext job) {
        return catchUp.run(job);
    }

    @Override
    public long pendingCalls() {
        return jdbi().withHandle(h -> RollupTables.countAfter(h, RollupTables.watermark(h)));
    }

    @Override
    public Dashboard dashboard(TimeRange range, UsageFilter filter) {
        long start = System.nanoTime();
        Pricing pricing = prices.pricing();
        RollupReader.Snapshot snapshot = reader.read(range.previous().from(), range.to());
        long read = System.nanoTime();
        Dashboard built = DashboardAggregator.build(range, filter, snapshot.rows(), pricing, snapshot.pendingCalls());
        LOG.debug("Dashboard over {} rollup rows: read in {} ms, built in {} ms", snapshot.rows().size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return built;
    }

    @Override
    public List<BreakdownRow> breakdown(TimeRange range, UsageFilter filter, Dimension by) {
        Pricing pricing = prices.pricing();
        RollupReader.Snapshot snapshot = reader.read(range.from(), range.to());
        ZoneId zone = range.zone();
        Function<RollupRow, String> key = switch (by) {
            case MODEL -> RollupRow::model;
            case PLUGIN -> RollupRow::source;
            case PROVIDER -> RollupRow::provider;
            case DAY -> row -> LocalDate.ofInstant(Instant.ofEpochSecond(row.hourStart()), zone).toString();
        };
        List<BreakdownRow> rows = DashboardAggregator.breakdown(range, filter, snapshot.rows(), pricing, key);
        if (by == Dimension.DAY) {
            rows = new ArrayList<>(rows);
            rows.sort(java.util.Comparator.comparing(BreakdownRow::key));
        }
        return rows;
    }

    @Override
    public CallPage calls(TimeRange range, UsageFilter filter, CallCursor after, int limit) {
        Pricing pricing = prices.pricing();
        return jdbi().withHandle(h -> CallQueries.page(h, range, filter, after, limit, pricing));
    }

    @Override
    public Optional<CallRow> call(String id) {
        Pricing pricing = prices.pricing();
        return jdbi().withHandle(h -> CallQueries.byId(h, id, pricing));
    }

    @Override
    public List<Insight> insights(Instant now, ZoneId zone) {
        TimeRange span = UsageInsights.span(now, zone);
        List<Insight> found = new ArrayList<>(UsageInsights.jumps(reader.read(span.from(), span.to()).rows(), now,
                zone));
        Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        TimeRange evalRange = new TimeRange(to.minus(FasterModels.WINDOW), to, zone);
        found.addAll(jdbi().withHandle(h -> FasterModels.find(h, evalRange)));
        return found;
    }

    @Override
    public long exportCalls(TimeRange range, UsageFilter filter, Path file, ExportFormat format) throws IOException {
        Pricing pricing = prices.pricing();
        return CallExport.write(file, format, cursor -> jdbi().withHandle(
                h -> CallQueries.page(h, range, filter, cursor, CallExport.PAGE, pricing)));
    }

    @Override
    public void exportAggregates(Dashboard dashboard, Path file, ExportFormat format) throws IOException {
        AggregateExport.write(dashboard, file, format);
    }
}
