package dev.aura.plugins.chat.ui;

import dev.aura.core.util.Subscription;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.SettingsPage;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.service.ChatAudit;
import dev.aura.plugins.chat.service.ChatBackend;
import dev.aura.plugins.chat.ui.markdown.MarkdownStrings;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windowed half of the plugin: view model, view, palette commands and the settings page. Created on the FX
 * thread on first use, so a headless CLI run never loads a JavaFX class.
 */
public final class ChatUi {
    private static final Logger LOG = LoggerFactory.getLogger(ChatUi.class);
    private final PluginContext context;
    private final ChatViewModel vm;
    private final Messages messages;
    private final ChatTexts texts;
    private ChatView view;
    private ChatDialogs dialogs;
    private List<PluginCommand> commands;
    private Subscription connection = Subscription.none();
    private boolean loaded;

    public ChatUi(PluginContext context, ChatBackend backend, Messages messages) {
        this(context, backend, messages, Platform::runLater, Clock.systemDefaultZone());
    }

    public ChatUi(PluginContext context, ChatBackend backend, Messages messages, Executor uiThread, Clock clock) {
        this.context = context;
        this.messages = messages;
        this.texts = new ChatTexts(messages, clock);
        this.vm = new ChatViewModel(backend, context.models(), context.tasks(), uiThread, context.settings(),
                messages, context.notifier(), () -> context.ollama().baseUri().toString(),
                new ChatAudit(context.audit()));
    }

    public Node createView() {
        if (view == null) {
            dialogs = new ChatDialogs(vm);
            view = new ChatView(vm, new MarkdownBodies(this::linkClicked, MarkdownStrings.load(messages.locale())),
                    texts, dialogs);
        }
        return view.root();
    }

    /** Opens the link in the browser; where the desktop cannot, the link goes to the clipboard instead. */
    private void linkClicked(String url) {
        try {
            context.links().open(url);
            return;
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not open {} in a browser ({}); copied it instead", url, e.getMessage());
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        context.notifier().info(messages.text("link.copiedTitle"), messages.text("link.copied", url));
    }

    /** Panel shown: listen to titles and Ollama's health; the first time, load everything. */
    public void activate() {
        connection.close();
        connection = vm.connect(context.events());
        if (!loaded) {
            loaded = true;
            vm.load();
        } else {
            vm.list().refresh();
            vm.composer().loadModels();
        }
    }

    public void deactivate() {
        connection.close();
        connection = Subscription.none();
    }

    /** Closing the window mid-answer keeps the text (it is saved as it arrives) but stops the answer: ask first. */
    public boolean canClose() {
        return !vm.conversation().isGenerating();
    }

    public void stop() {
        deactivate();
        vm.conversation().stop();
    }

    public SettingsPage settingsPage() {
        return new ChatSettingsPage(context.settings(), messages, vm.composer());
    }

    /** Built once: the shell may ask again, and each command binds to the view model. */
    public List<PluginCommand> commands() {
        if (commands == null) {
            commands = buildCommands();
        }
        return commands;
    }

    private List<PluginCommand> buildCommands() {
        String category = messages.text("commands.category");
        ReadOnlyBooleanWrapper idle = new ReadOnlyBooleanWrapper();
        idle.bind(vm.conversation().generatingProperty().not());
        ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper();
        generating.bind(vm.conversation().generatingProperty());
        ReadOnlyBooleanWrapper canRegenerate = new ReadOnlyBooleanWrapper();
        canRegenerate.bind(idle.and(Bindings.isNotEmpty(vm.conversation().items())));
        ReadOnlyBooleanWrapper hasConversation = new ReadOnlyBooleanWrapper();
        hasConversation.bind(vm.conversation().conversationProperty().isNotNull());
        return List.of(
                new PluginCommand("chat.new", messages.text("commands.new"), category,
                        KeyCombination.keyCombination("Shortcut+N"), idle.getReadOnlyProperty(), this::newChat),
                new PluginCommand("chat.search", messages.text("commands.search"), category,
                        KeyCombination.keyCombination("Shortcut+F"), null, vm.search()::requestFocus),
                new PluginCommand("chat.stop", messages.text("commands.stop"), category,
                        KeyCombination.keyCombination("Esc"), generating.getReadOnlyProperty(),
                        vm.conversation()::stop),
                new PluginCommand("chat.regenerate", messages.text("commands.regenerate"), category,
                        KeyCombination.keyCombination("Shortcut+R"), canRegenerate.getReadOnlyProperty(),
                        this::regenerateLast),
                new PluginCommand("chat.import", messages.text("commands.import"), category, null, null,
                        () -> dialogs().importFile(view.root())),
                new PluginCommand("chat.export", messages.text("commands.export"), category, null,
                        hasConversation.getReadOnlyProperty(), this::exportCurrent),
                new PluginCommand("chat.personas", messages.text("commands.personas"), category, null, null,
                        () -> dialogs().personas(view.root())));
    }

    private void newChat() {
        vm.newChat(null);
        if (view != null) {
            view.focusComposer();
        }
    }

    private void regenerateLast() {
        List<ChatMessage> shown = vm.conversation().items().stream().map(MessageItem::message).toList();
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (shown.get(i).role() == MessageRole.ASSISTANT) {
                vm.conversation().regenerate(shown.get(i).id());
                return;
            }
        }
    }

    private void exportCurrent() {
        Conversation c = vm.conversation().conversationProperty().get();
        if (c != null) {
            dialogs().export(view.root(), new ConversationSummary(c.id(), c.title(), c.model(), c.folderId(),
                    c.pinned(), c.lastActivityAt(), c.trashedAt()), ChatDialogs.Format.MARKDOWN);
        }
    }

    private ChatDialogs dialogs() {
        createView();
        return dialogs;
    }

    ChatViewModel viewModel() {
        return vm;
    }
}
