package dev.aura.plugins.prompts.cli;

import dev.aura.plugins.prompts.cards.CardNotFoundException;
import dev.aura.plugins.prompts.promptfoo.PromptfooImportException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Common ground of {@code aura cards ...}: captured writers, one-line errors on stderr and exit codes. */
abstract class CardsSubcommand implements Callable<Integer> {
    static final String BUNDLE = "dev.aura.plugins.prompts.messages";
    private static final Logger LOG = LoggerFactory.getLogger(CardsSubcommand.class);

    @Spec
    protected CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.opt.help")
    boolean help;

    protected final CardsCliContext context;

    CardsSubcommand(CardsCliContext context) {
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
        } catch (PromptfooImportException | CardNotFoundException e) {
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

    static String oneLine(Throwable e) {
        Throwable cause = e;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
