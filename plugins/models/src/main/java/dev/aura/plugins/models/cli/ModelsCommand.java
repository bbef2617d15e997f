package dev.aura.plugins.models.cli;

import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.api.cli.ShutdownHookInterrupts;

import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.models.Messages;
import dev.aura.plugins.models.ModelTimes;
import dev.aura.plugins.models.ModelsFailure;
import dev.aura.plugins.models.OllamaErrors;
import java.io.Console;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aura models list|pull|rm|ps|show}. Headless: no JavaFX class is touched. Subcommands reach the services
 * through {@code @ParentCommand}; output goes through the command line's writers so callers and tests can capture it.
 */
@Command(name = "models", resourceBundle = "dev.aura.plugins.models.cli.help",
        description = "${bundle:models.description}",
        subcommands = {ListModelsCommand.class, PullModelCommand.class, RemoveModelCommand.class,
                RunningModelsCommand.class, ShowModelCommand.class})
public final class ModelsCommand implements Callable<Integer> {
    /** Exit codes a script can rely on. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int NOT_FOUND = 4;
    public static final int CANCELLED = 130;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "${bundle:help.description}")
    boolean help;

    private final ModelCatalog catalog;
    private final TaskRunner tasks;
    private final Messages messages;
    private final OllamaErrors errors;
    private Clock clock = Clock.systemDefaultZone();
    private BooleanSupplier terminal = ModelsCommand::stderrIsTerminal;
    private Interrupts interrupts = new ShutdownHookInterrupts();

    public ModelsCommand(ModelCatalog catalog, TaskRunner tasks, OllamaConnection ollama, Messages messages) {
        this.catalog = catalog;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new OllamaErrors(messages, ollama::baseUri);
    }

    /** {@code aura models} alone: show what it can do. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    ModelCatalog catalog() { return catalog; }
    TaskRunner tasks() { return tasks; }
    Messages messages() { return messages; }
    OllamaErrors errors() { return errors; }
    ModelTimes times() { return new ModelTimes(messages, clock); }
    boolean terminal() { return terminal.getAsBoolean(); }
    Interrupts interrupts() { return interrupts; }

    ModelsCommand clock(Clock value) {
        this.clock = value;
        return this;
    }

    ModelsCommand terminal(boolean value) {
        this.terminal = () -> value;
        return this;
    }

    ModelsCommand interrupts(Interrupts value) {
        this.interrupts = value;
        return this;
    }

    static int exitCode(ModelsFailure failure) {
        return switch (failure.kind()) {
            case UNREACHABLE -> UNREACHABLE;
            case NOT_FOUND -> NOT_FOUND;
            case CANCELLED -> CANCELLED;
            case DISK_FULL, OTHER -> FAILED;
        };
    }

    /** A progress bar redrawn with '\r' only makes sense on a terminal; pipes and logs get plain lines. */
    private static boolean stderrIsTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }
}
