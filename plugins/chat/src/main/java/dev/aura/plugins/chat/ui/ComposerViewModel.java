package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.store.ConversationRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is about to be sent: the draft, its attachments, the model and the conversation's parameters. The model and
 * parameters are saved with the open conversation as they change, so each conversation remembers its own.
 */
public final class ComposerViewModel {
    /** What the installed-model list says about being able to chat at all. */
    public enum ModelsState { LOADING, READY, NO_MODELS, UNREACHABLE }

    private final ModelCatalog catalog;
    private final ConversationRepository conversations;
    private final Background background;
    private final Messages messages;
    private final AttachmentFiles files;
    private final Supplier<String> defaultModel;

    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper attachError = new ReadOnlyStringWrapper(this, "attachError", "");
    private final ObservableList<String> models = FXCollections.observableArrayList();
    private final StringProperty model = new SimpleStringProperty(this, "model");
    private final ReadOnlyObjectWrapper<ModelsState> modelsState =
            new ReadOnlyObjectWrapper<>(this, "modelsState", ModelsState.LOADING);
    private final ObjectProperty<ChatParameters> parameters =
            new SimpleObjectProperty<>(this, "parameters", ChatParameters.DEFAULTS);
    private final StringProperty systemPrompt = new SimpleStringProperty(this, "systemPrompt");
    private Conversation conversation;
    private boolean loading;

    public ComposerViewModel(ModelCatalog catalog, ConversationRepository conversations, Background background,
            Messages messages, Supplier<String> defaultModel) {
        this.catalog = catalog;
        this.conversations = conversations;
        this.background = background;
        this.messages = messages;
        this.files = new AttachmentFiles(messages);
        this.defaultModel = defaultModel;
        model.addListener((obs, old, now) -> saveSettings());
    }

    /** Lists installed models off the UI thread; keeps the chosen one when it is still installed. */
    public void loadModels() {
        background.run(messages.text("job.models"), ctx -> catalog.list(), installed -> {
            List<String> names = installed.stream().map(InstalledModel::name).toList();
            String keep = model.get();
            List<String> shown = new ArrayList<>(names);
            if (keep != null && !keep.isBlank() && !names.contains(keep)) {
                shown.add(keep); // the conversation's model, though not installed: sending offers to pull it
            }
            loading = true; // a picker may clear its value while its items are replaced; that is not a choice
            try {
                models.setAll(shown);
                model.set(keep);
            } finally {
                loading = false;
            }
            modelsState.set(names.isEmpty() ? ModelsState.NO_MODELS : ModelsState.READY);
            if (keep == null || keep.isBlank()) {
                String preferred = defaultModel.get();
                model.set(preferred != null && names.contains(preferred) ? preferred
                        : names.isEmpty() ? null : names.getFirst());
            }
        }, failure -> modelsState.set(ModelsState.UNREACHABLE));
    }

    /**
     * Picks a model by name. One that is not installed (a conversation's or persona's) is listed first, so the
     * picker can show it; a picker clears its value when the value is not among its items.
     */
    public void choose(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (!models.contains(name)) {
            models.add(name);
        }
        model.set(name);
    }

    /** Ollama went away or came back (from the health monitor). */
    public void ollamaReachable(boolean reachable) {
        if (!reachable) {
            modelsState.set(ModelsState.UNREACHABLE);
        } else if (modelsState.get() != ModelsState.READY) {
            loadModels();
        }
    }

    /** Takes the model and parameters of the conversation now open (null: a new one, keep the current choice). */
    public void showConversation(Conversation opened) {
        this.conversation = opened;
        loading = true;
        try {
            if (opened != null) {
                choose(opened.model());
                parameters.set(opened.parameters());
                systemPrompt.set(opened.systemPrompt());
            } else {
                parameters.set(ChatParameters.DEFAULTS);
                systemPrompt.set(null);
            }
        } finally {
            loading = false;
        }
    }

    /** Saves new parameters and system prompt override for the open conversation (and later new ones). */
    public void applySettings(ChatParameters newParameters, String newSystemPrompt) {
        parameters.set(newParameters == null ? ChatParameters.DEFAULTS : newParameters);
        systemPrompt.set(newSystemPrompt == null || newSystemPrompt.isBlank() ? null : newSystemPrompt);
        saveSettings();
    }

    private void saveSettings() {
        Conversation open = conversation;
        String chosen = model.get();
        if (loading || open == null || chosen == null) {
            return;
        }
        ChatParameters params = parameters.get();
        String prompt = systemPrompt.get();
        conversation = new Conversation(open.id(), open.title(), open.titleSource(), chosen, open.personaId(),
                prompt, params, open.folderId(), open.pinned(), open.currentLeafId(), open.createdAt(),
                open.lastActivityAt(), open.trashedAt());
        background.run(messages.text("job.saveSettings"), ctx -> {
            conversations.updateSettings(open.id(), chosen, open.personaId(), prompt, params);
            return null;
        }, ignored -> {});
    }

    /** Reads the files off the UI thread; what cannot be attached is explained, the rest is added. */
    public void attach(List<Path> paths) {
        attachError.set("");
        background.run(messages.text("job.attach"), ctx -> {
            List<Attachment> read = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (Path path : paths) {
                try {
                    read.add(files.read(path));
                } catch (AttachmentFiles.RefusedFile e) {
                    refused.add(e.getMessage());
                }
            }
            return new Read(read, refused);
        }, read -> {
            attachments.addAll(read.attachments());
            attachError.set(String.join("\n", read.refused()));
        });
    }

    private record Read(List<Attachment> attachments, List<String> refused) {}

    public void removeAttachment(Attachment attachment) {
        attachments.remove(attachment);
    }

    public void dismissAttachError() {
        attachError.set("");
    }

    /** Empties the composer after sending and returns what was in it. */
    public Draft take() {
        Draft taken = new Draft(draft.get().strip(), List.copyOf(attachments));
        draft.set("");
        attachments.clear();
        attachError.set("");
        return taken;
    }

    /** Puts an unsent draft back (sending could not start). */
    public void restore(Draft unsent) {
        if (draft.get().isBlank()) {
            draft.set(unsent.text());
        }
        attachments.addAll(0, unsent.attachments());
    }

    public record Draft(String text, List<Attachment> attachments) {
        public boolean isEmpty() {
            return text.isBlank() && attachments.isEmpty();
        }
    }

    public StringProperty draftProperty() { return draft; }
    public ObservableList<Attachment> attachments() { return attachments; }
    /** Why the last dropped files were refused; empty when all were taken. */
    public ReadOnlyStringProperty attachErrorProperty() { return attachError.getReadOnlyProperty(); }
    public ObservableList<String> models() { return models; }
    public StringProperty modelProperty() { return model; }
    public ReadOnlyObjectProperty<ModelsState> modelsStateProperty() { return modelsState.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ChatParameters> parametersProperty() { return parameters; }
    public ReadOnlyStringProperty systemPromptProperty() { return systemPrompt; }
}
