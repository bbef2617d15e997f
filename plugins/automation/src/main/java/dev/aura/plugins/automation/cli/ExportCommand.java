package dev.aura.plugins.automation.cli;

import dev.aura.plugins.api.cli.CliFailure;
import dev.aura.plugins.automation.store.FlowVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aura flows export NAME -o FILE [--force]}: the latest version as YAML; an existing file is kept unless --force. */
@Command(name = "export", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.export.description}")
final class ExportCommand extends FlowsSubcommand {
    @Parameters(paramLabel = "NAME", descriptionKey = "cli.export.name")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "cli.export.output")
    Path output;

    @Option(names = "--force", descriptionKey = "cli.export.force")
    boolean force;

    ExportCommand(FlowsCliContext context) {
        super(context);
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        FlowVersion version = requireFlow(name);
        if (Files.exists(output) && !force) {
            throw CliFailure.failed(text("cli.export.exists", output));
        }
        String yaml = context.services().toYaml(version.workflow());
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.failed(text("cli.export.cannotWrite", output, oneLine(e)));
        }
        out.println(text("cli.export.done", version.workflow().name(), version.version(), output));
        return CliExit.OK;
    }
}
