package dev.aura.plugins.analytics.cli;

import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import dev.aura.plugins.api.cli.TextTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code aura stats calls [range and filter] [-o FILE.csv|FILE.json]}: exports the matching calls to a file, or
 * prints the newest {@value #SHOWN} of them.
 */
@Command(name = "calls", resourceBundle = StatsCommand.BUNDLE, description = "${bundle:cli.calls.description}")
final class StatsCallsCommand extends AnalyticsSubcommand {
    static final int SHOWN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    StatsCommand parent;

    @Mixin
    FilterOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "cli.opt.output")
    Path output;

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        TimeRange range = options.range(parent.clock().instant(), parent.zone(), messages());
        UsageFilter filter = options.filter(messages());
        ExportFormat format = output == null ? null : format(output);
        if (!parent.catchUp(err)) {
            return CliExit.CANCELLED;
        }
        if (output != null) {
            return export(range, filter, format, err);
        }
        CallPage page = parent.service().calls(range, filter, null, SHOWN);
        if (page.rows().isEmpty()) {
            err.println(text("cli.stats.noCalls"));
            return CliExit.OK;
        }
        print(out, page.rows(), range);
        if (page.next() != null) {
            err.println(text("cli.calls.more", SHOWN));
        }
        return CliExit.OK;
    }

    private ExportFormat format(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new CliUsageException(text("cli.calls.badFile", file));
        }
        return ExportFormat.of(file);
    }

    private int export(TimeRange range, UsageFilter filter, ExportFormat format, PrintWriter err) {
        try {
            long count = parent.service().exportCalls(range, filter, output, format);
            err.println(text("cli.calls.exported", count, output));
            return CliExit.OK;
        } catch (IOException e) {
            err.println("aura: " + text("cli.calls.exportFailed", output, e.getMessage()));
            return CliExit.FAILED;
        }
    }

    private void print(PrintWriter out, List<CallRow> rows, TimeRange range) {
        TextTable table = new TextTable(List.of(
                text("cli.col.when"), text("cli.col.model"), text("cli.col.plugin"), text("cli.col.outcome"),
                text("cli.col.tokens"), text("cli.col.latency"), text("cli.col.callCost")), false, false, false,
                false, true, true, true);
        for (CallRow row : rows) {
            UsageRecord c = row.call();
            String outcome = c.outcome().name().toLowerCase(Locale.ROOT)
                    + (c.errorKind() == null ? "" : " (" + c.errorKind() + ")");
            table.row(WHEN.format(c.startedAt().atZone(range.zone())), c.model(), c.source(), outcome,
                    Figures.count((long) c.promptTokens() + c.outputTokens()), Long.toString(c.latencyMs()),
                    Figures.cost(row.cost()));
        }
        table.print(out);
    }

    @Override
    protected Messages messages() {
        return parent.messages();
    }
}
