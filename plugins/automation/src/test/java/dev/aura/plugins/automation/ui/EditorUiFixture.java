package dev.aura.plugins.automation.ui;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.CorePluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.automation.AutomationServices;
import dev.aura.plugins.automation.Messages;
import dev.aura.plugins.automation.store.AutomationSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;

/**
 * A real core (H2 in a temp folder, a fake Ollama on loopback with two models) with this plugin's schema, the real
 * automation services, and the panel on a fixed clock (Monday 2026-11-23 08:00 UTC), for the TestFX flows and the
 * screenshots.
 */
final class EditorUiFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("UTC"));

    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final AutomationServices services;
    final Messages messages;
    final List<String> notifications = new CopyOnWriteArrayList<>();

    EditorUiFixture(Path dir, Locale locale) {
        ollama.addModel("llama3.2").addModel("qwen2.5:7b");
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), true));
        core.store().migrate(AutomationSchema.MIGRATIONS);
        PluginDescriptor descriptor = new PluginDescriptor("automation", "Automation", "0.1.0",
                PluginDescriptor.SPI_VERSION, "fth-git-branch", 35);
        CorePluginContext context = new CorePluginContext(core, descriptor,
                (level, title, text) -> notifications.add(level + ": " + title + ": " + text), locale, true);
        services = AutomationServices.create(context);
        messages = Messages.load(locale);
    }

    AutomationUi ui() {
        return new AutomationUi(services, messages, Platform::runLater, CLOCK);
    }

    @Override
    public void close() {
        services.close();
        core.close();
        ollama.close();
    }
}
