package dev.aura.plugins.prompts.cli;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.api.testing.ManualInterrupts;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsPlugin;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.store.PromptsSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * A real profile (H2 in a temp dir) on a fake Ollama with {@value #MODEL} installed, and {@code aura cards} built over
 * the plugin's real services, as the CLI host builds it, with a grader model chosen in the settings. Its default answer is "Hello from fake Ollama.".
 */
final class CardsCliFixture implements AutoCloseable {
    static final String MODEL = "llama3.2";
    static final String ANSWER = "Hello from fake Ollama.";

    final FakeOllamaServer ollama = new FakeOllamaServer().addModel(MODEL);
    final AuraCore core;
    final PromptsServices services;
    final ManualInterrupts interrupts = new ManualInterrupts();
    final Path dir;
    volatile boolean terminal;

    CardsCliFixture(Path dir) {
        this.dir = dir;
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), false));
        core.store().migrate(PromptsSchema.MIGRATIONS);
        PromptsPlugin plugin = new PromptsPlugin();
        services = PromptsServices.create(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> {},
                Locale.ENGLISH, false));
        // a profile whose user picked the llm-rubric grader in the plugin settings
        services.context().settings().put(PromptsServices.GRADER_MODEL, MODEL);
    }

    Object command() {
        return CardsCommand.spec(new CardsCliContext(services, Messages.load(Locale.ENGLISH), interrupts,
                () -> terminal, Clock.systemUTC()));
    }

    CliRun run(String... args) {
        return CliRun.execute(command(), args);
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

    /** A config of one prompt on {@value #MODEL} whose tests pass with the fake answer, except those asking "Paris". */
    static String config(String... containsValues) {
        StringBuilder yaml = new StringBuilder("""
                description: Greeting
                prompts:
                  - "Say hello to {{ name }}"
                providers:
                  - ollama:chat:llama3.2
                tests:
                """);
        for (int i = 0; i < containsValues.length; i++) {
            yaml.append("  - description: case ").append(i + 1).append('\n')
                    .append("    vars: {name: \"person ").append(i + 1).append("\"}\n")
                    .append("    assert:\n")
                    .append("      - type: contains\n")
                    .append("        value: ").append(containsValues[i]).append('\n');
        }
        return yaml.toString();
    }

    @Override
    public void close() {
        core.close();
        ollama.stop();
    }
}
