package dev.aura.plugins.models.cli;

import dev.aura.plugins.models.ModelsFailure;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Common ground of the subcommands: services from the parent, and one-line errors with a meaningful exit code. */
abstract class ModelsSubcommand implements Callable<Integer> {
    @ParentCommand
    ModelsCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "${bundle:help.description}")
    boolean help;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (RuntimeException e) {
            ModelsFailure failure = parent.errors().describe(e, subject());
            err.println("aura: " + failure.message());
            return ModelsCommand.exitCode(failure);
        } finally {
            out.flush();
            err.flush();
        }
    }

    abstract int run(PrintWriter out, PrintWriter err);

    /** The model the command is about, for error messages; null when there is none. */
    String subject() {
        return null;
    }

    String text(String key, Object... args) {
        return parent.messages().text(key, args);
    }
}
