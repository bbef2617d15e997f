package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.analytics.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Common ground of the analytics commands: captured writers, one-line errors on stderr and exit codes. */
abstract class AnalyticsSubcommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsSubcommand.class);

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.help")
    boolean help;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (CliUsageException e) {
            err.println("aura: " + e.getMessage());
            return CliExit.USAGE;
        } catch (RuntimeException e) {
            LOG.warn("{} failed", spec.qualifiedName(" "), e);
            err.println("aura: " + messages().text("cli.failed", oneLine(e)));
            return CliExit.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract int run(PrintWriter out, PrintWriter err);

    protected abstract Messages messages();

    protected String text(String key, Object... args) {
        return messages().text(key, args);
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
