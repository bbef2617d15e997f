package dev.aura.plugins.prompts.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aura cards test|import|export|list}: prompt cards and promptfoo configs from the command line. */
@Command(name = "cards", resourceBundle = CardsSubcommand.BUNDLE, description = "${bundle:cli.cards.description}")
public final class CardsCommand extends CardsSubcommand {
    CardsCommand(CardsCliContext context) {
        super(context);
    }

    /**
     * The command tree as a picocli spec (the subcommands need constructor arguments, which a
     * {@code subcommands = ...} annotation cannot give); both the host's {@code addSubcommand} and
     * {@code new CommandLine(spec)} accept it.
     */
    public static CommandSpec spec(CardsCliContext context) {
        CommandSpec cards = CommandSpec.forAnnotatedObject(new CardsCommand(context));
        cards.addSubcommand("test", new CommandLine(new TestCommand(context)));
        cards.addSubcommand("import", new CommandLine(new ImportCommand(context)));
        cards.addSubcommand("export", new CommandLine(new ExportCommand(context)));
        cards.addSubcommand("list", new CommandLine(new ListCommand(context)));
        return cards;
    }

    @Override
    protected int run(PrintWriter out, PrintWriter err) {
        spec.commandLine().usage(err);
        return CliExit.USAGE;
    }
}
