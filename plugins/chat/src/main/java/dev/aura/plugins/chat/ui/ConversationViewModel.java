package dev.aura.plugins.chat.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.chat.Messages;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationThread;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.ThreadMessage;
import dev.aura.plugins.chat.service.AnswerHandle;
import dev.aura.plugins.chat.service.AnswerListener;
import dev.aura.plugins.chat.service.ChatService;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conversation: the branch shown, the answer streaming into it, and the commands on its messages. Every
 * service call runs on the task runner; call this on the UI thread only.
 */
public final class ConversationViewModel {
    private final ChatService chat;
    private final Background background;
    private final Messages messages;
    private final Runnable onActivity;

    private final ReadOnlyObjectWrapper<Conversation> conversation = new ReadOnlyObjectWrapper<>(this, "conversation");
    private final ObservableList<MessageItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(this, "generating");
    private final ReadOnlyObjectWrapper<UUID> scrollTarget = new ReadOnlyObjectWrapper<>(this, "scrollTarget");
    private final ReadOnlyIntegerWrapper scrollRequests = new ReadOnlyIntegerWrapper(this, "scrollRequests");
    private final ObjectProperty<UUID> editing = new SimpleObjectProperty<>(this, "editing");
    private AnswerHandle running;
    private long openGeneration;

    /** @param onActivity called on the UI thread after anything that changes the conversation list's order or titles */
    public ConversationViewModel(ChatService chat, Background background, Messages messages, Runnable onActivity) {
        this.chat = chat;
        this.background = background;
        this.messages = messages;
        this.onActivity = onActivity;
    }

    /** Opens a conversation; {@code scrollTo} (may be null) is the message to bring into view, else the last one. */
    public void open(UUID conversationId, UUID scrollTo) {
        long id = ++openGeneration;
        background.run(messages.text("job.open"), ctx -> chat.open(conversationId), thread -> {
            if (id == openGeneration) {
                show(thread, scrollTo);
            }
        });
    }

    /** Shows a conversation the caller already has (a new one, or after import). */
    public void show(ConversationThread thread, UUID scrollTo) {
        editing.set(null);
        conversation.set(thread.conversation());
        items.setAll(thread.messages().stream().map(m -> new MessageItem(m, null)).toList());
        requestScroll(scrollTo);
    }

    /** Nothing open (the conversation went to the trash). */
    public void close() {
        ++openGeneration;
        conversation.set(null);
        items.clear();
    }

    /**
     * Sends the text under the current leaf. With no conversation open, {@code create} makes one first (on the
     * background thread) so the first question never waits for a second round trip through the UI.
     */
    public void send(String text, List<Attachment> attachments, Function<ChatService, Conversation> create,
            Runnable onNotSent) {
        if (generating.get()) {
            return;
        }
        Conversation open = conversation.get();
        generating.set(true);
        background.run(messages.text("job.send"), ctx -> {
            Conversation target = open != null ? open : create.apply(chat);
            return new Started(target, chat.send(target.id(), text, attachments, listener()));
        }, started -> {
            if (conversation.get() == null) {
                conversation.set(started.conversation());
            }
            keepRunning(started.handle());
            onActivity.run();
        }, failure -> {
            failedToStart(messages.text("job.send"), failure);
            onNotSent.run();
        });
    }

    private record Started(Conversation conversation, AnswerHandle handle) {}

    public void regenerate(UUID assistantMessageId) {
        start(messages.text("job.regenerate"), listener -> chat.regenerate(assistantMessageId, listener));
    }

    /** A failed answer is asked again as an alternative beside it, so its partial text stays reachable. */
    public void retry(UUID failedAnswerId) {
        regenerate(failedAnswerId);
    }

    public void editAndResend(UUID userMessageId, String newText) {
        editing.set(null);
        start(messages.text("job.send"), listener -> chat.editAndResend(userMessageId, newText, listener));
    }

    private void start(String jobName, Function<AnswerListener, AnswerHandle> call) {
        if (generating.get() || conversation.get() == null) {
            return;
        }
        generating.set(true);
        AnswerListener listener = listener();
        background.run(jobName, ctx -> call.apply(listener), this::keepRunning,
                failure -> failedToStart(jobName, failure));
    }

    /** The answer may already have finished by the time its handle reaches the UI thread. */
    private void keepRunning(AnswerHandle handle) {
        if (generating.get()) {
            running = handle;
        }
    }

    private void failedToStart(String jobName, Throwable failure) {
        generating.set(false);
        background.report(jobName, failure);
    }

    /** Stops the answer being written; what arrived is kept and shown as stopped. */
    public void stop() {
        AnswerHandle handle = running;
        if (handle != null) {
            background.run(messages.text("job.stop"), ctx -> {
                handle.stop();
                return null;
            }, ignored -> {});
        }
    }

    public void showAlternative(UUID messageId, int siblingIndex) {
        if (generating.get()) {
            return;
        }
        background.run(messages.text("job.open"), ctx -> chat.showAlternative(messageId, siblingIndex),
                thread -> show(thread, messageId));
    }

    public void deleteMessage(UUID messageId) {
        if (generating.get()) {
            return;
        }
        background.run(messages.text("job.deleteMessage"), ctx -> chat.deleteMessage(messageId),
                thread -> show(thread, null));
    }

    /** Marks a user message as being edited in place (the view shows an editor in its cell). */
    public void beginEdit(UUID userMessageId) {
        editing.set(generating.get() ? null : userMessageId);
    }

    public void cancelEdit() {
        editing.set(null);
    }

    /** The service's callbacks, on its thread: tokens go to the live text, the rest is handed to the UI thread. */
    private AnswerListener listener() {
        LiveAnswer live = new LiveAnswer();
        return new AnswerListener() {
            @Override
            public void onStarted(ConversationThread thread) {
                background.uiThread().execute(() -> showStarted(thread, live));
            }

            @Override
            public void onToken(String text) {
                live.append(text);
            }

            @Override
            public void onFinished(ChatMessage answer) {
                live.detach();
                background.uiThread().execute(() -> finished(answer));
            }
        };
    }

    private void showStarted(ConversationThread thread, LiveAnswer live) {
        ++openGeneration; // an older open() must not replace the branch now being written
        editing.set(null);
        conversation.set(thread.conversation());
        List<ThreadMessage> shown = thread.messages();
        items.setAll(shown.stream().map(m -> new MessageItem(m,
                m == shown.getLast() && m.message().status() == MessageStatus.STREAMING ? live : null)).toList());
        requestScroll(null);
    }

    private void finished(ChatMessage answer) {
        running = null;
        generating.set(false);
        for (int i = items.size() - 1; i >= 0; i--) {
            MessageItem item = items.get(i);
            if (item.message().id().equals(answer.id())) {
                ThreadMessage entry = item.entry();
                items.set(i, new MessageItem(new ThreadMessage(answer, entry.siblingIndex(), entry.siblingCount()),
                        null));
                break;
            }
        }
        onActivity.run();
    }

    private void requestScroll(UUID target) {
        scrollTarget.set(target);
        scrollRequests.set(scrollRequests.get() + 1);
    }

    public ReadOnlyObjectProperty<Conversation> conversationProperty() { return conversation.getReadOnlyProperty(); }
    public ObservableList<MessageItem> items() { return items; }
    public ReadOnlyBooleanProperty generatingProperty() { return generating.getReadOnlyProperty(); }
    public boolean isGenerating() { return generating.get(); }
    /** The message to bring into view at the next scroll request; null means the end. */
    public ReadOnlyObjectProperty<UUID> scrollTargetProperty() { return scrollTarget.getReadOnlyProperty(); }
    /** Counts scroll requests so the view scrolls even when the target is the same as last time. */
    public ReadOnlyIntegerProperty scrollRequestsProperty() { return scrollRequests.getReadOnlyProperty(); }
    /** The user message being edited in place, or null. */
    public ReadOnlyObjectProperty<UUID> editingProperty() { return editing; }
}
