package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.promptfoo.ImportWarning;
import dev.aura.plugins.prompts.transfer.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aura cards import FILE}: a promptfoo config as a new card. Prints the card's title, id and what it holds, then
 * every warning (what was not imported or was mapped) on stderr. A file that cannot be read: exit 1 with its line and
 * column, and nothing stored.
 */
@Command(name = "import", resourceBundle = CardsSubcommand.BUNDLE, description = "${bundle:cli.import.description}")
final class ImportCommand extends CardsSubcommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    ImportCommand(CardsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            throw CliFailure.failed(text("cli.import.noFile", file));
        }
        ImportReport report = context.services().importer().importFile(file);
        CardContent content = report.card().content();
        out.println(text("cli.import.done", content.title(), report.card().cardId(), report.card().number()));
        out.println(text("cli.import.counts", content.variants().size(), content.tests().size(),
                content.models().isEmpty() ? "-" : String.join(", ", content.models())));
        for (ImportWarning warning : report.warnings()) {
            err.println(text("cli.import.warning", warning.path(), warning.message()));
        }
        return CliExit.OK;
    }
}
