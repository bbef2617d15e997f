package dev.aura.plugins.prompts.ui;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.PromptsServices;
import dev.aura.plugins.prompts.store.PromptsSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/**
 * A real core (H2 in a temp dir, a fake Ollama on loopback with two models) with this plugin's schema, the real
 * services and the window half, for the TestFX flows and the screenshots.
 */
final class PromptsUiFixture implements AutoCloseable {
    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final PromptsServices services;
    final List<String> notifications = new CopyOnWriteArrayList<>();
    final Messages messages;

    PromptsUiFixture(Path dir, Locale locale) {
        ollama.addModel("llama3.2").addModel("qwen2.5:7b");
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), true));
        core.store().migrate(PromptsSchema.MIGRATIONS);
        PluginDescriptor descriptor = new PluginDescriptor("prompts", "Prompt Cards", "0.1.0",
                PluginDescriptor.SPI_VERSION, "fth-clipboard", 30);
        CorePluginContext context = new CorePluginContext(core, descriptor,
                (level, title, text) -> notifications.add(level + ": " + title + ": " + text), locale, true);
        services = PromptsServices.create(context);
        messages = Messages.load(locale);
    }

    PromptsUi ui() {
        return new PromptsUi(services, messages, Platform::runLater, Duration.ofMillis(50));
    }

    @Override
    public void close() {
        core.close();
        ollama.close();
    }
}
