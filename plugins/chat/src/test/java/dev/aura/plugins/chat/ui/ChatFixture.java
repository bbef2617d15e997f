package dev.aura.plugins.chat.ui;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.core.settings.Settings;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.search.LuceneMessageIndex;
import dev.aura.plugins.chat.service.ChatBackend;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.service.ChatBackends;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/** A real core (H2 in a temp dir, the fake Ollama on loopback) with the chat backend and the panel's view model. */
final class ChatFixture implements AutoCloseable {
    final FakeOllamaServer ollama = new FakeOllamaServer();
    final AuraCore core;
    final Settings settings;
    final ChatBackend backend;
    final List<String> notifications = new CopyOnWriteArrayList<>();

    ChatFixture(Path dir, String... models) {
        for (String model : models) {
            ollama.addModel(model);
        }
        core = AuraCoreFactory.open(new AuraCoreFactory.Options(dir.resolve("data").toString(),
                ollama.url().toString(), Map.of(), false));
        settings = core.settings().scoped("plugins.chat");
        // generated titles would take answers meant for the test's questions
        settings.putBoolean(ChatBackends.TITLES_SETTING, false);
        backend = ChatBackends.open(core.store(), core.llm(), core.tasks(), settings,
                LuceneMessageIndex.open(dir.resolve("index")), Locale.ENGLISH);
    }

    ChatViewModel viewModel(Executor uiThread, Locale locale) {
        return new ChatViewModel(backend, core.models(), core.tasks(), uiThread, settings, Messages.load(locale),
                (level, title, text) -> notifications.add(level + ": " + title + ": " + text),
                () -> ollama.url().toString(), new ChatAudit(core.audit()));
    }

    @Override
    public void close() {
        backend.close();
        core.close();
        ollama.close();
    }
}
