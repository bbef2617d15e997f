package dev.aura.plugins.automation.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aura flows list|run|import|export|history|serve}: workflows from the command line. */
@Command(name = "flows", resourceBundle = FlowsSubcommand.BUNDLE, description = "${bundle:cli.flows.description}")
public final class FlowsCommand extends FlowsSubcommand {
    FlowsCommand(FlowsCliContext context) {
        super(context);
    }

    /**
     * The command tree as a picocli spec (the subcommands need constructor arguments, which a
     * {@code subcommands = ...} annotation cannot give); both the host's {@code addSubcommand} and
     * {@code new CommandLine(spec)} accept it.
     */
    public static CommandSpec spec(FlowsCliContext context) {
        CommandSpec flows = CommandSpec.forAnnotatedObject(new FlowsCommand(context));
        flows.addSubcommand("list", new CommandLine(new ListCommand(context)));
        flows.addSubcommand("run", new CommandLine(new RunCommand(context)));
        flows.addSubcommand("import", new CommandLine(new ImportCommand(context)));
        flows.addSubcommand("export", new CommandLine(new ExportCommand(context)));
        flows.addSubcommand("retry", new CommandLine(new RetryCommand(context)));
        flows.addSubcommand("history", new CommandLine(new HistoryCommand(context)));
        flows.addSubcommand("serve", new CommandLine(new ServeCommand(context)));
        return flows;
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        spec.commandLine().usage(err);
        return CliExit.USAGE;
    }
}
