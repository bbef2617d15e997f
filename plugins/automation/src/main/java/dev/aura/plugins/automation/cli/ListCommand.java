package dev.aura.plugins.automation.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.api.cli.TextTable;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.store.FlowSummary;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aura flows list [--json]}: name, latest version, triggers in plain language and how the last run went. */
@Command(name = "list", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.list.description}")
final class ListCommand extends FlowsSubcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", descriptionKey = "cli.list.json")
    boolean json;

    ListCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        List<FlowSummary> flows = context.services().flows().list();
        CliFormat format = new CliFormat(context.messages(), context.zone());
        if (json) {
            out.println(toJson(flows, format));
            return CliExit.OK;
        }
        if (flows.isEmpty()) {
            out.println(text("cli.list.empty"));
            return CliExit.OK;
        }
        TextTable table = new TextTable(List.of(text("cli.list.col.name"), text("cli.list.col.version"),
                text("cli.list.col.triggers"), text("cli.list.col.lastRun")), false, true, false, false);
        for (FlowSummary flow : flows) {
            String lastRun = flow.lastStatus() == null ? text("cli.list.never")
                    : format.status(flow.lastStatus()) + "  " + format.time(flow.lastRun());
            table.row(flow.name(), Integer.toString(flow.latestVersion()), format.triggers(triggers(flow)), lastRun);
        }
        table.print(out);
        return CliExit.OK;
    }

    /** One indexed read per workflow: cheap for the dozens of workflows a person keeps. */
    private List<Trigger> triggers(FlowSummary flow) {
        return context.services().flows().latest(flow.id()).map(v -> v.workflow().triggers()).orElse(List.of());
    }

    /**
     * {@code [{"name", "id", "description", "latestVersion", "triggers": [{"type", "value", "description"}],
     * "lastRun": {"status", "at"} or null}]}; times are ISO-8601 instants.
     */
    private String toJson(List<FlowSummary> flows, CliFormat format) {
        ArrayNode array = JSON.createArrayNode();
        for (FlowSummary flow : flows) {
            ObjectNode node = array.addObject();
            node.put("name", flow.name());
            node.put("id", flow.id());
            node.put("description", flow.description());
            node.put("latestVersion", flow.latestVersion());
            ArrayNode triggers = node.putArray("triggers");
            for (Trigger trigger : triggers(flow)) {
                ObjectNode t = triggers.addObject();
                t.put("type", TriggerJson.type(trigger));
                String value = TriggerJson.value(trigger);
                if (value != null) {
                    t.put("value", value);
                }
                t.put("description", format.trigger(trigger));
            }
            if (flow.lastStatus() == null) {
                node.putNull("lastRun");
            } else {
                ObjectNode last = node.putObject("lastRun");
                last.put("status", flow.lastStatus().name());
                last.put("at", flow.lastRun() == null ? null : flow.lastRun().toString());
            }
        }
        return array.toPrettyString();
    }
}
