package dev.aura.plugins.models.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code aura models rm NAME}: no prompt, scripts call it; the panel is where we ask first. */
@Command(name = "rm", aliases = "delete",
        resourceBundle = "dev.aura.plugins.models.cli.help", description = "${bundle:rm.description}")
final class RemoveModelCommand extends ModelsSubcommand {
    @Parameters(paramLabel = "NAME", description = "${bundle:rm.name}")
    String name;

    @Override
    int run(PrintWriter out, PrintWriter err) {
        parent.catalog().delete(name);
        out.println(text("cli.rm.done", name));
        return ModelsCommand.OK;
    }

    @Override
    String subject() {
        return name;
    }
}
