package dev.aura.plugins.prompts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.api.cli.TextTable;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.history.RunSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aura cards list [--json]}: title, id, latest version, labels, tags and the last run's pass rate. */
@Command(name = "list", resourceBundle = CardsSubcommand.BUNDLE, description = "${bundle:cli.list.description}")
final class ListCommand extends CardsSubcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", descriptionKey = "cli.list.json")
    boolean json;

    ListCommand(CardsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        List<CardSummary> cards = context.services().cards().list("", Set.of());
        if (json) {
            out.println(toJson(cards));
            return CliExit.OK;
        }
        if (cards.isEmpty()) {
            out.println(text("cli.list.empty"));
            return CliExit.OK;
        }
        TextTable table = new TextTable(List.of(text("cli.list.col.title"), text("cli.list.col.id"),
                text("cli.list.col.version"), text("cli.list.col.labels"), text("cli.list.col.tags"),
                text("cli.list.col.lastRun")), false, false, true, false, false, true);
        for (CardSummary card : cards) {
            table.row(card.title(), card.id(), Integer.toString(card.latestVersion()), labels(card.labels()),
                    String.join(", ", card.tags()), lastRun(card).map(ListCommand::percent).orElse("-"));
        }
        table.print(out);
        return CliExit.OK;
    }

    private String toJson(List<CardSummary> cards) {
        ArrayNode array = JSON.createArrayNode();
        for (CardSummary card : cards) {
            ObjectNode node = array.addObject();
            node.put("title", card.title());
            node.put("id", card.id());
            node.put("latestVersion", card.latestVersion());
            ObjectNode labels = node.putObject("labels");
            new TreeMap<>(card.labels()).forEach(labels::put);
            ArrayNode tags = node.putArray("tags");
            card.tags().forEach(tags::add);
            Optional<RunSummary> run = lastRun(card);
            if (run.isPresent()) {
                node.put("lastRunPassRate", run.get().passRate());
                node.put("lastRunAt", run.get().startedAt().toString());
            } else {
                node.putNull("lastRunPassRate");
            }
        }
        return array.toPrettyString();
    }

    /** One indexed query per card: cheap for the hundreds of cards a person keeps. */
    private Optional<RunSummary> lastRun(CardSummary card) {
        return context.services().runs().history(card.id(), 1).stream().findFirst();
    }

    private static String labels(Map<String, Integer> labels) {
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String percent(RunSummary run) {
        return String.format(Locale.ROOT, "%.0f%%", run.passRate() * 100);
    }
}
