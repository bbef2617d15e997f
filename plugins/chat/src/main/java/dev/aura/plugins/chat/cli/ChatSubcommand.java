package dev.aura.plugins.chat.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Common ground of {@code aura chat ...} subcommands: services from the parent, one-line errors, exit codes. */
public abstract class ChatSubcommand implements Callable<Integer> {
    @ParentCommand
    protected ChatCommand parent;

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "${bundle:help.description}")
    boolean help;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (RuntimeException e) {
            err.println("aura: " + e.getMessage());
            return CliFailures.exitCode(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract int run(PrintWriter out, PrintWriter err);

    protected String text(String key, Object... args) {
        return parent.texts().text(key, args);
    }
}
