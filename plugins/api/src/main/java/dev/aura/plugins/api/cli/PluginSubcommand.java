package dev.aura.plugins.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Common ground of a plugin's {@code aura ...} subcommands: captured writers, one-line errors on stderr ("aura: ...")
 * and exit codes. A {@link CliFailure} exits with its code; an {@link #expected} failure exits 1 with its message; any
 * other exception is logged and shown with the plugin's {@code cli.failed} text. The plugin's bundle needs
 * {@code cli.opt.help} and {@code cli.failed}.
 */
public abstract class PluginSubcommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PluginSubcommand.class);

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.opt.help")
    boolean help;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (CliFailure e) {
            err.println("aura: " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            if (expected(e)) {
                err.println("aura: " + e.getMessage());
            } else {
                LOG.warn("{} failed", spec.qualifiedName(" "), e);
                err.println("aura: " + text("cli.failed", oneLine(e)));
            }
            return CliFailure.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract int run(PrintWriter out, PrintWriter err);

    /** The plugin's text for a key of its bundle. */
    protected abstract String text(String key, Object... args);

    /** Failures whose message is already written for the user (a malformed file, a missing card): no log entry. */
    protected boolean expected(RuntimeException e) {
        return false;
    }

    /** The first line of the first message in the cause chain. */
    public static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
