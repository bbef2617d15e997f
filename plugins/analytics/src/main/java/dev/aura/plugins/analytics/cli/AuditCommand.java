package dev.aura.plugins.analytics.cli;

import dev.aura.core.audit.AuditLog;
import dev.aura.plugins.analytics.Messages;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code aura audit verify|list}: the hash-chained record of important actions. */
@Command(name = "audit", resourceBundle = StatsCommand.BUNDLE, description = "${bundle:cli.audit.description}",
        subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
public final class AuditCommand extends AnalyticsSubcommand {
    private final AuditLog audit;
    private final Messages messages;

    public AuditCommand(AuditLog audit, Messages messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        spec.commandLine().usage(err);
        return CliExit.USAGE;
    }

    AuditLog audit() {
        return audit;
    }

    @Override
    protected Messages messages() {
        return messages;
    }
}
