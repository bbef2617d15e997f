package dev.aura.plugins.chat.cli;

import dev.aura.plugins.api.cli.Interrupts;
import dev.aura.plugins.api.cli.ShutdownHookInterrupts;

import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.settings.Settings;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.service.ChatBackend;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code aura chat [-m MODEL] [--conversation ID] [--system TEXT] PROMPT}: streams the answer to stdout and saves the
 * exchange; {@code aura chat list}. Headless: no JavaFX class is touched. Output goes through the command line's
 * writers so callers and tests can capture it.
 */
@Command(name = "chat", resourceBundle = CliTexts.BUNDLE, description = "${bundle:chat.description}",
        subcommands = {ListConversationsCommand.class})
public final class ChatCommand implements Callable<Integer> {
    /** Exit codes a script can rely on (the same as {@code aura models}). */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int NOT_FOUND = 4;
    public static final int CANCELLED = 130;

    /** Plugin setting: the model of new conversations when -m is not given. */
    public static final String DEFAULT_MODEL_SETTING = "defaultModel";

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "${bundle:help.description}")
    boolean help;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "${bundle:chat.model}")
    String model;

    @Option(names = "--conversation", paramLabel = "ID", description = "${bundle:chat.conversation}")
    String conversation;

    @Option(names = "--system", paramLabel = "TEXT", description = "${bundle:chat.system}")
    String system;

    @Parameters(paramLabel = "PROMPT", arity = "0..*", description = "${bundle:chat.prompt}")
    List<String> prompt;

    private final ChatBackend backend;
    private final ModelCatalog models;
    private final Settings settings;
    private final TaskRunner tasks;
    private final CliTexts texts;
    private InputStream stdin = System.in;
    private Interrupts interrupts = new ShutdownHookInterrupts();
    private ZoneId zone = ZoneId.systemDefault();
    private Duration backgroundWait = Duration.ofSeconds(20);

    /** @param settings the chat plugin's settings scope (for {@value #DEFAULT_MODEL_SETTING}) */
    public ChatCommand(ChatBackend backend, ModelCatalog models, Settings settings, TaskRunner tasks, CliTexts texts) {
        this.backend = backend;
        this.models = models;
        this.settings = settings;
        this.tasks = tasks;
        this.texts = texts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (prompt == null || prompt.isEmpty()) {
            spec.commandLine().usage(err);
            return USAGE;
        }
        try {
            return new PromptRun(this, out, err).run(String.join(" ", prompt));
        } catch (RuntimeException e) {
            err.println("aura: " + e.getMessage());
            return CliFailures.exitCode(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * This command as a command line with subcommands that are built with their own services (export, import), for
     * the plugin's {@code cliCommands()}: {@code List.of(chat.withSubcommands(new ExportCommand(...), ...))}.
     */
    public CommandLine withSubcommands(Object... subcommands) {
        CommandLine cli = new CommandLine(this);
        for (Object subcommand : subcommands) {
            cli.addSubcommand(subcommand);
        }
        return cli;
    }

    public ChatBackend backend() { return backend; }
    public CliTexts texts() { return texts; }
    ModelCatalog models() { return models; }
    Settings settings() { return settings; }
    TaskRunner tasks() { return tasks; }
    InputStream stdin() { return stdin; }
    Interrupts interrupts() { return interrupts; }
    ZoneId zone() { return zone; }
    Duration backgroundWait() { return backgroundWait; }

    ChatCommand stdin(InputStream value) {
        this.stdin = value;
        return this;
    }

    ChatCommand interrupts(Interrupts value) {
        this.interrupts = value;
        return this;
    }

    ChatCommand zone(ZoneId value) {
        this.zone = value;
        return this;
    }
}
