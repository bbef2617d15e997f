package dev.aura.plugins.automation.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.api.cli.TextTable;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunSummary;
import dev.aura.plugins.automation.store.StoredRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aura flows history NAME [--json [--steps]] [--limit N] [--status S]}: the workflow's runs, newest first.
 * The JSON shape is {@link RunJson}'s; it is also in the command's help.
 */
@Command(name = "history", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.history.description}",
        footerHeading = "%n", footer = "${bundle:cli.history.footer}")
final class HistoryCommand extends FlowsSubcommand {
    static final int DEFAULT_LIMIT = 20;
    private static final int ERROR_WIDTH = 80;

    @Parameters(paramLabel = "NAME", descriptionKey = "cli.history.name")
    String name;

    @Option(names = "--json", descriptionKey = "cli.history.json")
    boolean json;

    @Option(names = "--steps", descriptionKey = "cli.history.steps")
    boolean steps;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.history.limit")
    int limit = DEFAULT_LIMIT;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.history.status")
    String status;

    HistoryCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        if (limit < 1) {
            throw CliFailure.usage(text("cli.history.badLimit", limit));
        }
        if (steps && !json) {
            throw CliFailure.usage(text("cli.history.stepsNeedJson"));
        }
        RunStatus wanted = status();
        FlowVersion flow = requireFlow(name);
        RunFilter filter = new RunFilter(flow.flowId(), wanted, null, null, null);
        List<RunSummary> runs = context.services().history().page(filter, 0, limit);
        if (json) {
            out.println(toJson(runs).toPrettyString());
            return CliExit.OK;
        }
        if (runs.isEmpty()) {
            out.println(wanted == null ? text("cli.history.empty", flow.workflow().name())
                    : text("cli.history.emptyStatus", flow.workflow().name(), status.toLowerCase(Locale.ROOT)));
            return CliExit.OK;
        }
        CliFormat format = new CliFormat(context.messages(), context.zone());
        TextTable table = new TextTable(List.of(text("cli.history.col.started"), text("cli.history.col.trigger"),
                text("cli.history.col.status"), text("cli.history.col.duration"), text("cli.history.col.steps"),
                text("cli.history.col.error")), false, false, false, true, true, false);
        for (RunSummary run : runs) {
            table.row(format.time(run.started()), run.trigger(), format.status(run.status()),
                    CliFormat.duration(run.started(), run.finished()), Integer.toString(run.stepCount()),
                    run.error() == null ? "" : abbreviate(oneLineOf(run.error())));
        }
        table.print(out);
        int total = context.services().history().count(filter);
        if (total > runs.size()) {
            out.println(text("cli.history.more", runs.size(), total));
        }
        return CliExit.OK;
    }

    private RunStatus status() {
        if (status == null) {
            return null;
        }
        try {
            return RunStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(text("cli.history.badStatus", status));
        }
    }

    private ArrayNode toJson(List<RunSummary> runs) {
        ArrayNode array = RunJson.JSON.createArrayNode();
        for (RunSummary run : runs) {
            ObjectNode node = RunJson.summary(run);
            if (steps) {
                StoredRun stored = context.services().history().load(run.id()).orElse(null);
                if (stored != null) {
                    RunJson.variables(node, stored.variables());
                    RunJson.storedSteps(node, stored.steps());
                }
            }
            array.add(node);
        }
        return array;
    }

    private static String oneLineOf(String text) {
        return text.lines().findFirst().orElse(text).strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= ERROR_WIDTH ? text : text.substring(0, ERROR_WIDTH - 1) + "…";
    }
}
