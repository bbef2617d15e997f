package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.api.cli.CliJob;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.api.cli.ShutdownHookInterrupts;
import dev.aura.plugins.api.cli.TextTable;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code aura stats [range and filter] [--by model|plugin|provider|day] [--json]}: brings the statistics up to date,
 * then prints the dashboard's totals against the previous period of the same length and a breakdown table.
 */
@Command(name = "stats", resourceBundle = StatsCommand.BUNDLE, description = "${bundle:cli.stats.description}",
        subcommands = StatsCallsCommand.class)
public final class StatsCommand extends AnalyticsSubcommand {
    static final String BUNDLE = "dev.aura.plugins.analytics.messages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Mixin
    FilterOptions options;

    @Option(names = "--by", paramLabel = "DIMENSION", descriptionKey = "cli.opt.by")
    String by = "model";

    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    private final AnalyticsService service;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Interrupts interrupts;

    public StatsCommand(AnalyticsService service, Messages messages) {
        this(service, messages, Clock.systemUTC(), ZoneId.systemDefault(), new ShutdownHookInterrupts());
    }

    public StatsCommand(AnalyticsService service, Messages messages, Clock clock, ZoneId zone,
            Interrupts interrupts) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.interrupts = interrupts;
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        TimeRange range = options.range(clock.instant(), zone, messages);
        UsageFilter filter = options.filter(messages);
        Dimension dimension = dimension(by);
        if (!catchUp(err)) {
            return CliExit.CANCELLED;
        }
        Dashboard dashboard = service.dashboard(range, filter);
        List<BreakdownRow> rows = service.breakdown(range, filter, dimension);
        if (json) {
            out.println(CliJson.stats(dashboard, dimension, rows));
            return CliExit.OK;
        }
        printTotals(out, dashboard);
        out.println();
        printBreakdown(out, dimension, rows, dashboard.currency());
        return CliExit.OK;
    }

    /** False when the user pressed Ctrl+C: what was rolled up stays, the rest is caught up next time. */
    boolean catchUp(PrintWriter err) {
        CliJob job = new CliJob();
        try (Interrupts.Handle ignored = interrupts.watch(job::cancel)) {
            service.catchUp(job);
        } catch (CancellationException e) {
            // reported below
        }
        if (job.isCancelled()) {
            err.println(text("cli.stats.cancelled"));
            return false;
        }
        return true;
    }

    private void printTotals(PrintWriter out, Dashboard d) {
        TimeRange range = d.range();
        out.println(text("cli.stats.range", DAY.format(range.from().atZone(range.zone())),
                DAY.format(range.to().minusNanos(1).atZone(range.zone())), d.currency()));
        Totals now = d.current();
        Totals before = d.previous();
        TextTable table = new TextTable(List.of("", text("cli.col.now"), text("cli.col.previous"),
                text("cli.col.change")), false, true, true, true);
        table.row(text("cli.total.calls"), Figures.count(now.calls()), Figures.count(before.calls()),
                change(now.calls(), before.calls()));
        table.row(text("cli.total.errors"), Figures.percent(now.errorRate()), Figures.percent(before.errorRate()),
                Figures.change(Totals.change(now.errorRate(), before.errorRate())));
        table.row(text("cli.total.tokens"), Figures.count(now.tokens()), Figures.count(before.tokens()),
                change(now.tokens(), before.tokens()));
        table.row(text("cli.total.cost"), Figures.cost(now.cost()), Figures.cost(before.cost()),
                Figures.change(Totals.change(now.cost(), before.cost())));
        table.row(text("cli.total.ttft"), Figures.ms(now.medianTtftMs()), Figures.ms(before.medianTtftMs()),
                Figures.change(Totals.change(now.medianTtftMs(), before.medianTtftMs())));
        table.row(text("cli.total.p95"), Figures.ms(now.p95LatencyMs()), Figures.ms(before.p95LatencyMs()),
                Figures.change(Totals.change(now.p95LatencyMs(), before.p95LatencyMs())));
        table.row(text("cli.total.speed"), Figures.rate(now.avgTokensPerSecond()),
                Figures.rate(before.avgTokensPerSecond()),
                Figures.change(Totals.change(now.avgTokensPerSecond(), before.avgTokensPerSecond())));
        table.print(out);
    }

    private void printBreakdown(PrintWriter out, Dimension dimension, List<BreakdownRow> rows, String currency) {
        if (rows.isEmpty()) {
            out.println(text("cli.stats.noCalls"));
            return;
        }
        TextTable table = new TextTable(List.of(text("cli.col." + dimension.name().toLowerCase(Locale.ROOT)),
                text("cli.col.calls"), text("cli.col.errors"), text("cli.col.tokens"),
                text("cli.col.cost", currency), text("cli.col.ttft"), text("cli.col.p95"), text("cli.col.speed")),
                false, true, true, true, true, true, true, true);
        for (BreakdownRow row : rows) {
            Totals t = row.totals();
            table.row(row.key(), Figures.count(t.calls()), Figures.count(t.errors()), Figures.count(t.tokens()),
                    Figures.cost(t.cost()), Figures.ms(t.medianTtftMs()), Figures.ms(t.p95LatencyMs()),
                    Figures.rate(t.avgTokensPerSecond()));
        }
        table.print(out);
    }

    private static String change(long now, long before) {
        return Figures.change(Totals.change((double) now, (double) before));
    }

    private Dimension dimension(String value) {
        try {
            return Dimension.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliUsageException(text("cli.stats.badBy", value));
        }
    }

    AnalyticsService service() { return service; }
    Clock clock() { return clock; }
    ZoneId zone() { return zone; }

    @Override
    protected Messages messages() {
        return messages;
    }
}
