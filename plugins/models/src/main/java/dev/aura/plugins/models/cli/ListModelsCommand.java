package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.cli.TextTable;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.ModelTimes;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aura models list [--json]}. */
@Command(name = "list", aliases = "ls",
        resourceBundle = "dev.aura.plugins.models.cli.help", description = "${bundle:list.description}")
final class ListModelsCommand extends ModelsSubcommand {
    @Option(names = "--json", description = "${bundle:json.description}")
    boolean json;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        List<InstalledModel> models = parent.catalog().list();
        if (json) {
            out.println(CliJson.write(models.stream().map(CliJson::installed).toList()));
            return ModelsCommand.OK;
        }
        if (models.isEmpty()) {
            err.println(text("cli.list.empty"));
            return ModelsCommand.OK;
        }
        ModelTimes times = parent.times();
        TextTable table = new TextTable(List.of(text("cli.col.name"), text("cli.col.size"), text("cli.col.family"),
                text("cli.col.params"), text("cli.col.quant"), text("cli.col.modified")),
                false, true, false, true, false, false);
        for (InstalledModel m : models) {
            table.row(m.name(), ByteSizes.format(m.sizeBytes(), parent.messages().locale()), dash(m.family()),
                    dash(m.parameterSize()), dash(m.quantization()), times.relative(m.modifiedAt()));
        }
        table.print(out);
        return ModelsCommand.OK;
    }

    static String dash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
