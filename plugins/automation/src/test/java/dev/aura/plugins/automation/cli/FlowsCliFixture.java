package dev.aura.plugins.automation.cli;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.testing.AbstractPluginContractTest.CollectingNotifier;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.api.testing.ManualInterrupts;
import dev.aura.plugins.automation.AutomationPlugin;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.FlowVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A real profile (H2 in a temp dir) on a fake Ollama with {@value #MODEL} installed, and {@code aura flows} built over
 * the plugin's real services as the CLI host builds them. Whether the user sits at a terminal, and what they type when
 * asked, are the test's to set; times print in UTC.
 */
final class FlowsCliFixture implements AutoCloseable {
    static final String MODEL = "llama3.2";
    static final String ANSWER = "Hello from fake Ollama.";

    final FakeOllamaServer ollama = new FakeOllamaServer().addModel(MODEL);
    final CollectingNotifier notifier = new CollectingNotifier();
    final AuraCore core;
    final AutomationServices services;
    final ManualInterrupts interrupts = new ManualInterrupts();
    final Queue<String> answers = new ConcurrentLinkedQueue<>();
    final List<String> questions = new CopyOnWriteArrayList<>();
    final Path dir;
    volatile boolean interactive;

    FlowsCliFixture(Path dir) {
        this.dir = dir;
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), false));
        core.store().migrate(AutomationSchema.MIGRATIONS);
        AutomationPlugin plugin = new AutomationPlugin();
        services = AutomationServices.create(new CorePluginContext(core, plugin.descriptor(), notifier,
                Locale.ENGLISH, false));
    }

    Object command() {
        return FlowsCommand.spec(new FlowsCliContext(services, Messages.load(Locale.ENGLISH), interrupts,
                () -> interactive, question -> {
                    questions.add(question);
                    return answers.poll();
                }, ZoneOffset.UTC));
    }

    CliRun run(String... args) {
        return CliRun.execute(command(), args);
    }

    CliRun runWatchingErr(Consumer<String> onErr, String... args) {
        return CliRun.watchingErr(command(), onErr, args);
    }

    /** Writes {@code text} to {@code name} under the temp dir (folders created) and returns its path. */
    Path file(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Saves a workflow as {@code aura flows import} would, and confirms its permissions as a user would once. */
    FlowVersion saved(String yaml) {
        try {
            FlowVersion version = services.importFile(file("saved-" + System.nanoTime() + ".yaml", yaml));
            services.runs().confirmPermissions(version.flowId());
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder under the temp dir (created), for workflows' granted folders. */
    Path folder(String name) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        services.close();
        core.close();
        ollama.stop();
    }
}
