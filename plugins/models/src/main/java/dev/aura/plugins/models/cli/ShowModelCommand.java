package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.cli.TextTable;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.plugins.models.ModelFacts;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aura models show NAME [--json | --modelfile]}. */
@Command(name = "show",
        resourceBundle = "dev.aura.plugins.models.cli.help", description = "${bundle:show.description}")
final class ShowModelCommand extends ModelsSubcommand {
    @Parameters(paramLabel = "NAME", description = "${bundle:show.name}")
    String name;

    @Option(names = "--json", description = "${bundle:json.description}")
    boolean json;

    @Option(names = "--modelfile", description = "${bundle:show.modelfile}")
    boolean modelfile;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        ModelDetails d = parent.catalog().show(name);
        if (json) {
            out.println(CliJson.write(CliJson.details(d)));
            return ModelsCommand.OK;
        }
        if (modelfile) {
            out.println(d.modelfile() == null ? "" : d.modelfile().strip());
            return ModelsCommand.OK;
        }
        String context = ModelFacts.contextLength(d).stream().mapToObj(Long::toString).findFirst().orElse("");
        TextTable facts = new TextTable(List.of(text("cli.show.model"), d.name() == null ? name : d.name()));
        facts.row(text("cli.col.family"), ListModelsCommand.dash(d.family()))
                .row(text("cli.col.params"), ListModelsCommand.dash(d.parameterSize()))
                .row(text("cli.col.quant"), ListModelsCommand.dash(d.quantization()))
                .row(text("cli.show.format"), ListModelsCommand.dash(d.format()))
                .row(text("cli.col.context"), ListModelsCommand.dash(context))
                .row(text("cli.show.capabilities"), d.capabilities() == null || d.capabilities().isEmpty()
                        ? "-" : String.join(", ", d.capabilities()));
        facts.print(out);
        section(out, "cli.show.parameters", d.parameters());
        section(out, "cli.show.system", d.system());
        section(out, "cli.show.license", ModelFacts.licenseExcerpt(d.license()));
        return ModelsCommand.OK;
    }

    private void section(PrintWriter out, String key, String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        out.println();
        out.println(text(key));
        body.strip().lines().forEach(line -> out.println("  " + line));
    }

    @Override
    String subject() {
        return name;
    }
}
