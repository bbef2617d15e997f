package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.automation.InvalidWorkflowException;
import dev.aura.plugins.automation.store.FlowSummary;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.validation.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code aura flows import FILE}: validates a workflow file and saves it as a new workflow, or as the next version of
 * the workflow with the same name. A malformed file: exit 1 with {@code file:line:column}; an invalid workflow: exit 1
 * with each problem; nothing is saved in either case.
 */
@Command(name = "import", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.import.description}")
final class ImportCommand extends FlowsSubcommand {
    @Parameters(paramLabel = "FILE", descriptionKey = "cli.import.file")
    Path file;

    ImportCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            throw CliFailure.failed(text("cli.import.noFile", file));
        }
        Map<String, Integer> before = context.services().flows().list().stream()
                .collect(Collectors.toMap(FlowSummary::id, FlowSummary::latestVersion));
        FlowVersion saved;
        try {
            saved = context.services().importFile(file);
        } catch (InvalidWorkflowException e) {
            err.println("aura: " + text("cli.import.invalid", file));
            for (Problem problem : e.problems()) {
                err.println("  - " + problem);
            }
            err.println(text("cli.import.fixAndRetry"));
            return CliExit.FAILED;
        } catch (IOException e) {
            throw CliFailure.failed(text("cli.import.cannotRead", file, oneLine(e)));
        }
        String name = saved.workflow().name();
        Integer previous = before.get(saved.flowId());
        if (previous == null) {
            out.println(text("cli.import.created", name, saved.version()));
        } else if (previous == saved.version()) {
            out.println(text("cli.import.unchanged", name, saved.version()));
        } else {
            out.println(text("cli.import.newVersion", name, saved.version()));
        }
        return CliExit.OK;
    }
}
