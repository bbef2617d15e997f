package dev.aura.plugins.chat.service;

import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.store.H2Store;
import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** A real store, the fake Ollama, the real gateway and an in-memory index: the chat backend as the app builds it. */
public final class ChatFixture implements AutoCloseable {
    public final FakeOllamaServer ollama = new FakeOllamaServer().addModel("llama3.2");
    public final InMemoryMessageIndex index = new InMemoryMessageIndex();
    public final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    public final JsonFileSettings settings;
    public final OllamaLlmGateway llm;
    private final Path dir;
    public H2Store store;
    public ChatBackend backend;

    public ChatFixture(Path dir, boolean titles) {
        this.dir = dir;
        settings = JsonFileSettings.load(dir.resolve("settings.json"));
        settings.putBoolean(ChatBackends.TITLES_SETTING, titles);
        llm = new OllamaLlmGateway(new OllamaConnection(ollama.url()), new InMemoryUsageLog(),
                GatewayOptions.defaults().withRetries(1, Duration.ZERO).withStallTimeout(Duration.ofSeconds(2)));
        reopen();
    }

    /** Opens the backend again over the same database (the next start of the app). */
    public ChatBackend reopen() {
        if (store != null) {
            store.close();
        }
        store = H2Store.open(dir.resolve("aura"));
        backend = ChatBackends.open(store, llm, tasks, settings, index, Locale.ENGLISH);
        return backend;
    }

    @Override
    public void close() {
        llm.close();
        tasks.close();
        store.close();
        ollama.close();
    }
}
