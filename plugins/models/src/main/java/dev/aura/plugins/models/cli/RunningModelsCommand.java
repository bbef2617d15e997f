package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.cli.TextTable;
import dev.aura.core.ollama.RunningModel;
import dev.aura.plugins.models.ByteSizes;
import dev.aura.plugins.models.ModelTimes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aura models ps [--json]}: models Ollama holds in memory right now. */
@Command(name = "ps",
        resourceBundle = "dev.aura.plugins.models.cli.help", description = "${bundle:ps.description}")
final class RunningModelsCommand extends ModelsSubcommand {
    @Option(names = "--json", description = "${bundle:json.description}")
    boolean json;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        List<RunningModel> running = parent.catalog().running();
        if (json) {
            out.println(CliJson.write(running.stream().map(CliJson::running).toList()));
            return ModelsCommand.OK;
        }
        if (running.isEmpty()) {
            err.println(text("cli.ps.empty"));
            return ModelsCommand.OK;
        }
        Locale locale = parent.messages().locale();
        ModelTimes times = parent.times();
        TextTable table = new TextTable(List.of(text("cli.col.name"), text("cli.col.size"), text("cli.col.vram"),
                text("cli.col.processor"), text("cli.col.context"), text("cli.col.until")),
                false, true, true, false, true, false);
        for (RunningModel m : running) {
            table.row(m.name(), ByteSizes.format(m.sizeBytes(), locale), ByteSizes.format(m.sizeVram(), locale),
                    processor(m), m.contextLength() > 0 ? Long.toString(m.contextLength()) : "-",
                    times.relative(m.expiresAt()));
        }
        table.print(out);
        return ModelsCommand.OK;
    }

    /** Same wording as {@code ollama ps}: where the model's weights live decides its speed. */
    private String processor(RunningModel m) {
        if (m.sizeBytes() <= 0) {
            return "-";
        }
        long gpu = Math.round(100.0 * m.sizeVram() / m.sizeBytes());
        if (gpu >= 100) {
            return text("cli.ps.gpu");
        }
        if (gpu <= 0) {
            return text("cli.ps.cpu");
        }
        return text("cli.ps.split", 100 - gpu, gpu);
    }
}
