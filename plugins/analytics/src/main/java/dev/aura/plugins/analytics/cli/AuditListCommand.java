package dev.aura.plugins.analytics.cli;

import dev.aura.core.audit.AuditEntry;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.api.cli.TextTable;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code aura audit list [-n 50] [--json]}: the newest entries first. */
@Command(name = "list", aliases = "ls", resourceBundle = StatsCommand.BUNDLE,
        description = "${bundle:cli.list.description}")
final class AuditListCommand extends AnalyticsSubcommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParentCommand
    AuditCommand parent;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", descriptionKey = "cli.opt.limit")
    int limit = 50;

    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean json;

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        if (limit < 1) {
            throw new CliUsageException(text("cli.list.badLimit", limit));
        }
        List<AuditEntry> entries = parent.audit().page(Long.MAX_VALUE, limit);
        if (json) {
            out.println(CliJson.audit(entries));
            return CliExit.OK;
        }
        if (entries.isEmpty()) {
            err.println(text("cli.list.empty"));
            return CliExit.OK;
        }
        TextTable table = new TextTable(List.of(text("cli.col.seq"), text("cli.col.when"), text("cli.col.actor"),
                text("cli.col.via"), text("cli.col.action"), text("cli.col.subject")), true);
        ZoneId zone = ZoneId.systemDefault();
        for (AuditEntry e : entries) {
            table.row(Long.toString(e.seq()), WHEN.format(e.at().atZone(zone)), e.actor(), e.via(), e.action(),
                    e.subject());
        }
        table.print(out);
        return CliExit.OK;
    }

    @Override
    protected Messages messages() {
        return parent.messages();
    }
}
