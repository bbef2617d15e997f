package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.core.events.EventBus;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaStatusChanged;
import dev.aura.core.settings.Settings;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.cli.ChatCommand;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.model.SearchHit;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.service.ChatBackend;
import dev.aura.plugins.chat.service.ChatBackends;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Chat panel's state: the conversation list, the open conversation, the composer, search and personas, plus the
 * error banner they share. Results come back through {@code uiThread} ({@code Platform::runLater} in the app).
 */
public final class ChatViewModel {
    public static final String DEFAULT_MODEL_KEY = ChatCommand.DEFAULT_MODEL_SETTING;
    public static final String GENERATE_TITLES_KEY = ChatBackends.TITLES_SETTING;

    private final ChatBackend backend;
    private final ModelCatalog catalog;
    private final Messages messages;
    private final Notifier notifier;
    private final Supplier<String> ollamaUrl;
    private final Background background;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ConversationListViewModel list;
    private final ConversationViewModel conversation;
    private final ComposerViewModel composer;
    private final SearchViewModel search;
    private final PersonasViewModel personas;
    private final TransferViewModel transfers;
    private UUID pendingPersona;

    public ChatViewModel(ChatBackend backend, ModelCatalog catalog, TaskRunner tasks, Executor uiThread,
            Settings settings, Messages messages, Notifier notifier, Supplier<String> ollamaUrl, ChatAudit audit) {
        this.backend = backend;
        this.catalog = catalog;
        this.messages = messages;
        this.notifier = notifier;
        this.ollamaUrl = ollamaUrl;
        this.background = new Background(tasks, uiThread, (job, failure) ->
                error.set(messages.text("error.banner", job, describe(failure))));
        this.list = new ConversationListViewModel(backend.conversations(), backend.folders(), background, messages,
                audit, this::trashed);
        this.conversation = new ConversationViewModel(backend.chat(), background, messages, list::refresh);
        this.composer = new ComposerViewModel(catalog, backend.conversations(), background, messages,
                () -> settings.get(DEFAULT_MODEL_KEY).orElse(null));
        this.search = new SearchViewModel(backend.chat(), background, messages);
        this.personas = new PersonasViewModel(backend.personas(), background, messages);
        this.transfers = new TransferViewModel(backend.archives(), background, messages, notifier, audit,
                java.time.Clock.systemUTC(), ids -> {
                    list.refresh();
                    if (!ids.isEmpty()) {
                        conversation.open(ids.getFirst(), null);
                    }
                });
        conversation.conversationProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                composer.showConversation(now);
            }
        });
    }

    private String describe(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? messages.text("error.unknown", failure.getClass().getSimpleName())
                : text;
    }

    /** First showing: the list, the personas and the installed models. */
    public void load() {
        list.refresh();
        personas.refresh();
        composer.loadModels();
    }

    /** While shown: generated titles and Ollama's health update the panel. */
    public Subscription connect(EventBus events) {
        Subscription titles = backend.chat().onConversationChanged(id -> background.uiThread().execute(list::refresh));
        Subscription health = events.subscribe(OllamaStatusChanged.class,
                event -> background.uiThread().execute(() -> composer.ollamaReachable(event.status().reachable())));
        return () -> {
            titles.close();
            health.close();
        };
    }

    /** Ctrl+N: an empty composer; the conversation is created with the first question, in the persona's setup. */
    public void newChat(Persona persona) {
        if (conversation.isGenerating()) {
            return;
        }
        search.clear();
        conversation.close();
        pendingPersona = persona == null ? null : persona.id();
        composer.showConversation(null);
        if (persona != null) {
            composer.choose(persona.model());
            composer.applySettings(persona.parameters(), null);
        }
    }

    /** Enter in the composer. */
    public void send() {
        if (conversation.isGenerating() || composer.modelProperty().get() == null) {
            return;
        }
        ComposerViewModel.Draft draft = composer.take();
        if (draft.isEmpty()) {
            return;
        }
        String model = composer.modelProperty().get();
        UUID persona = pendingPersona;
        UUID folder = list.folderFilterProperty().get() == null ? null : list.folderFilterProperty().get().id();
        var parameters = composer.parametersProperty().get();
        String systemPrompt = composer.systemPromptProperty().get();
        conversation.send(draft.text(), draft.attachments(), chat -> {
            Conversation created = chat.newConversation(persona, model, folder);
            if (persona == null && (!ChatParameters.DEFAULTS.equals(parameters) || systemPrompt != null)) {
                backend.conversations().updateSettings(created.id(), model, null, systemPrompt, parameters);
            }
            return created;
        }, () -> composer.restore(draft));
        pendingPersona = null;
    }

    public void open(UUID conversationId) {
        conversation.open(conversationId, null);
    }

    /** A search result: its conversation, scrolled to the matching message. */
    public void openHit(SearchHit hit) {
        conversation.open(hit.conversationId(), hit.messageId());
    }

    /** MODEL_NOT_FOUND: pulls the model as a job in the status bar, then the answer can be retried. */
    public void pullModel(String model) {
        background.run(messages.text("job.pull", model), ctx -> {
            catalog.pull(model, progress -> {}, ctx);
            return null;
        }, ignored -> {
            notifier.notify(Notifier.Level.SUCCESS, messages.text("pull.doneTitle"), messages.text("pull.done", model));
            composer.loadModels();
        });
    }

    private void trashed(UUID id) {
        Conversation open = conversation.conversationProperty().get();
        if (open != null && open.id().equals(id)) {
            conversation.close();
        }
    }

    public void dismissError() {
        error.set("");
    }

    /** Why the last action failed, for the banner; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public String ollamaUrl() { return ollamaUrl.get(); }
    public ConversationListViewModel list() { return list; }
    public ConversationViewModel conversation() { return conversation; }
    public ComposerViewModel composer() { return composer; }
    public SearchViewModel search() { return search; }
    public PersonasViewModel personas() { return personas; }
    public TransferViewModel transfers() { return transfers; }
    public ChatBackend backend() { return backend; }
    Background background() { return background; }
    public Messages messages() { return messages; }
}
