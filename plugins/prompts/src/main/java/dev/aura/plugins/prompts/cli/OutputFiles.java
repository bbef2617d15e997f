package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.api.cli.PluginSubcommand;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.report.ReportFiles;
import dev.aura.plugins.prompts.report.ReportFormat;
import dev.aura.plugins.prompts.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the {@code -o} files after the summary; a file that cannot be written is reported and the rest still are. */
final class OutputFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OutputFiles.class);

    private OutputFiles() {}

    /** @return how many files could not be written */
    static int write(RunReport report, Map<Path, ReportFormat> outputs, PrintWriter err, Messages messages) {
        int failed = 0;
        for (Map.Entry<Path, ReportFormat> output : outputs.entrySet()) {
            try {
                ReportFiles.write(report, output.getKey(), output.getValue());
                err.println(messages.text("cli.test.wrote", output.getKey()));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Cannot write {}", output.getKey(), e);
                err.println("aura: " + messages.text("cli.test.cannotWrite", output.getKey(),
                        PluginSubcommand.oneLine(e)));
                failed++;
            }
        }
        return failed;
    }
}
