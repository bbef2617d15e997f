package dev.aura.plugins.automation.cli;

import dev.aura.plugins.automation.InvalidWorkflowException;
import dev.aura.plugins.automation.runs.PermissionsNotConfirmed;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.yaml.WorkflowFileException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Common ground of {@code aura flows ...}: captured writers, one-line errors on stderr and exit codes. */
abstract class FlowsSubcommand implements Callable<Integer> {
    static final String BUNDLE = "dev.aura.plugins.automation.messages";
    private static final Logger LOG = LoggerFactory.getLogger(FlowsSubcommand.class);

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.opt.help")
    boolean help;

    protected final FlowsCliContext context;

    FlowsSubcommand(FlowsCliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } catch (CliException e) {
            err.println("aura: " + e.getMessage());
            return e.exitCode();
        } catch (WorkflowFileException | InvalidWorkflowException | PermissionsNotConfirmed e) {
            err.println("aura: " + e.getMessage());
            return CliExit.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("{} failed", spec.qualifiedName(" "), e);
            err.println("aura: " + text("cli.failed", oneLine(e)));
            return CliExit.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    protected abstract int run(PrintWriter out, PrintWriter err);

    protected String text(String key, Object... args) {
        return context.text(key, args);
    }

    /** The latest version of the named workflow, or a failure saying how to see the names. */
    protected FlowVersion requireFlow(String name) {
        return context.services().flows().latestByName(name)
                .orElseThrow(() -> CliException.failed(text("cli.noFlow", name)));
    }

    static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
