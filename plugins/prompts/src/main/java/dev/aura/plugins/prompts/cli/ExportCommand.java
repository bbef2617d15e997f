package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aura cards export NAME -o FILE [--force]}: a card version (NAME, NAME@LABEL or NAME@N) as a promptfoo config
 * promptfoo can run. An existing file is kept unless {@code --force}.
 */
@Command(name = "export", resourceBundle = CardsSubcommand.BUNDLE, description = "${bundle:cli.export.description}")
final class ExportCommand extends CardsSubcommand {
    @Parameters(paramLabel = "NAME", descriptionKey = "cli.export.name")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.export.force")
    boolean force;

    ExportCommand(CardsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        CardVersion version = CardRefs.require(context.services().cards(), name, context.messages());
        if (Files.exists(output) && !force) {
            throw CliFailure.failed(text("cli.export.exists", output));
        }
        context.services().exporter().export(version, output);
        out.println(text("cli.export.done", version.content().title(), version.number(), output));
        if (version.content().systemPrompt() != null) {
            err.println(text("cli.export.systemNote"));
        }
        return CliExit.OK;
    }
}
