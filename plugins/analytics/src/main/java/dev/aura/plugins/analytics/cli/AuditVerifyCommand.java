package dev.aura.plugins.analytics.cli;

import dev.aura.core.audit.AuditVerification;
import dev.aura.plugins.analytics.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aura audit verify}: recomputes every hash; exit 1 naming the first entry that does not verify. */
@Command(name = "verify", resourceBundle = StatsCommand.BUNDLE, description = "${bundle:cli.verify.description}")
final class AuditVerifyCommand extends AnalyticsSubcommand {
    @ParentCommand
    AuditCommand parent;

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        AuditVerification result = parent.audit().verify();
        if (result.intact()) {
            out.println(text("cli.verify.intact", result.entriesChecked()));
            return CliExit.OK;
        }
        err.println(text("cli.verify.broken", result.firstBadSeq(), result.reason()));
        return CliExit.FAILED;
    }

    @Override
    protected Messages messages() {
        return parent.messages();
    }
}
