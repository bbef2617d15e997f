package dev.aura.plugins.chat.service;

import dev.aura.core.llm.LlmException;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.util.Subscription;
import dev.aura.plugins.chat.model.Attachment;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.model.ChatParameters;
import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationThread;
import dev.aura.plugins.chat.model.MessageRole;
import dev.aura.plugins.chat.model.MessageStatus;
import dev.aura.plugins.chat.model.Persona;
import dev.aura.plugins.chat.model.SearchHit;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.AnswerWriter;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.PersonaRepository;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChatService} over the chat repositories and the LLM gateway. Give it the index-updating repositories that
 * {@link ChatBackends} builds, so every save reaches search.
 */
public final class PersistentChatService implements ChatService {
    private static final Logger LOG = LoggerFactory.getLogger(PersistentChatService.class);

    private final ConversationRepository conversations;
    private final MessageRepository messages;
    private final PersonaRepository personas;
    private final MessageIndex index;
    private final LlmGateway llm;
    private final ServiceTexts texts;
    private final TitleGenerator titles;
    private final List<Consumer<UUID>> changeListeners = new CopyOnWriteArrayList<>();
    private final ScheduledThreadPoolExecutor flushScheduler;

    /** @param titlesEnabled whether to name conversations with the model (setting {@code titles.generate}) */
    public PersistentChatService(ConversationRepository conversations, MessageRepository messages,
            PersonaRepository personas, MessageIndex index, LlmGateway llm, TaskRunner tasks,
            BooleanSupplier titlesEnabled, Locale locale) {
        this.conversations = conversations;
        this.messages = messages;
        this.personas = personas;
        this.index = index;
        this.llm = llm;
        this.texts = new ServiceTexts(locale);
        this.titles = new TitleGenerator(llm, tasks, conversations, messages, titlesEnabled,
                texts.text("job.title"), this::fireChanged);
        // one daemon thread, gone when idle, so the service needs no close
        this.flushScheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "chat-answer-flush");
            t.setDaemon(true);
            return t;
        });
        flushScheduler.setKeepAliveTime(2, TimeUnit.SECONDS);
        flushScheduler.allowCoreThreadTimeOut(true);
        flushScheduler.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Conversation newConversation(UUID personaId, String model, UUID folderId) {
        Persona persona = personaId == null ? null : personas.find(personaId).orElse(null);
        String chosenModel = model != null && !model.isBlank() ? model : persona == null ? null : persona.model();
        ChatParameters parameters = persona == null ? ChatParameters.DEFAULTS : persona.parameters();
        return conversations.create(new Conversation(null, texts.text("conversation.placeholder"),
                Conversation.TitleSource.PLACEHOLDER, chosenModel, persona == null ? null : persona.id(), null,
                parameters, folderId, false, null, null, null, null));
    }

    @Override
    public ConversationThread open(UUID conversationId) {
        Conversation conversation = conversation(conversationId);
        MessageTree tree = new MessageTree(messages.listByConversation(conversationId));
        UUID leaf = conversation.currentLeafId() == null ? tree.latestLeaf(null)
                : tree.effectiveLeaf(conversation.currentLeafId());
        return new ConversationThread(conversation, tree.thread(leaf));
    }

    @Override
    public ConversationThread showAlternative(UUID messageId, int siblingIndex) {
        ChatMessage message = message(messageId);
        MessageTree tree = new MessageTree(messages.listByConversation(message.conversationId()));
        UUID leaf = tree.latestLeaf(tree.alternative(messageId, siblingIndex).id());
        conversations.setCurrentLeaf(message.conversationId(), leaf);
        return open(message.conversationId());
    }

    @Override
    public AnswerHandle send(UUID conversationId, String text, List<Attachment> attachments, AnswerListener listener) {
        Conversation conversation = conversation(conversationId);
        List<ChatMessage> before = messages.listByConversation(conversationId);
        MessageTree tree = new MessageTree(before);
        UUID parent = conversation.currentLeafId() == null ? tree.latestLeaf(null)
                : tree.effectiveLeaf(conversation.currentLeafId());
        if (tree.isEmpty() && conversation.titleSource() == Conversation.TitleSource.PLACEHOLDER) {
            String placeholder = Titles.fromQuestion(text);
            if (placeholder.isBlank() && attachments != null && !attachments.isEmpty()) {
                placeholder = Titles.fromQuestion(attachments.getFirst().name());
            }
            if (!placeholder.isBlank()) {
                conversations.rename(conversationId, placeholder, Conversation.TitleSource.PLACEHOLDER);
            }
        }
        ChatMessage question = messages.insert(question(conversationId, parent, text, attachments));
        return answer(conversation, question, listener, before);
    }

    @Override
    public AnswerHandle regenerate(UUID assistantMessageId, AnswerListener listener) {
        ChatMessage old = message(assistantMessageId);
        if (old.role() != MessageRole.ASSISTANT || old.parentId() == null) {
            throw new IllegalArgumentException("Only an answer to a question can be regenerated; message "
                    + assistantMessageId + " is a " + old.role().name().toLowerCase(Locale.ROOT) + " message.");
        }
        return answer(conversation(old.conversationId()), message(old.parentId()), listener, null);
    }

    @Override
    public AnswerHandle editAndResend(UUID userMessageId, String newText, AnswerListener listener) {
        ChatMessage old = message(userMessageId);
        if (old.role() != MessageRole.USER) {
            throw new IllegalArgumentException("Only a question can be edited and sent again; message "
                    + userMessageId + " is a " + old.role().name().toLowerCase(Locale.ROOT) + " message.");
        }
        List<Attachment> copies = old.attachments().stream().map(a -> new Attachment(null, a.name(), a.mediaType(),
                a.sizeBytes(), a.text(), a.imageData())).toList();
        ChatMessage question = messages.insert(question(old.conversationId(), old.parentId(), newText, copies));
        return answer(conversation(old.conversationId()), question, listener, null);
    }

    @Override
    public ConversationThread deleteMessage(UUID messageId) {
        ChatMessage deleted = message(messageId);
        UUID conversationId = deleted.conversationId();
        UUID leafBefore = conversation(conversationId).currentLeafId();
        messages.delete(messageId);
        MessageTree after = new MessageTree(messages.listByConversation(conversationId));
        conversations.setCurrentLeaf(conversationId, MessageTree.leafAfterDelete(after, deleted, leafBefore));
        return open(conversationId);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return new SearchJoin(index, conversations).search(query, limit);
    }

    @Override
    public Subscription onConversationChanged(Consumer<UUID> listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** @param known the conversation's messages before {@code question}, when already loaded (spares a reload) */
    private AnswerHandle answer(Conversation conversation, ChatMessage question, AnswerListener given,
            List<ChatMessage> known) {
        AnswerListener listener = given != null ? given : new AnswerListener() {};
        String model = conversation.model();
        AnswerWriter writer = messages.startAnswer(conversation.id(), question.id(), model);
        conversations.setCurrentLeaf(conversation.id(), writer.messageId());
        conversations.touch(conversation.id());
        MessageTree tree = new MessageTree(known == null ? messages.listByConversation(conversation.id())
                : withNew(known, question, messages.find(writer.messageId()).orElseThrow()));
        AnswerStream stream = new AnswerStream(writer, listener, this::afterAnswer, texts);
        try {
            listener.onStarted(new ConversationThread(conversation(conversation.id()), tree.thread(writer.messageId())));
        } catch (RuntimeException e) {
            LOG.warn("An answer listener failed on start; the answer goes on", e);
        }
        if (model == null || model.isBlank()) {
            stream.fail(LlmException.Kind.MODEL_NOT_FOUND.name(), texts.text("error.noModel"));
            return stream;
        }
        Persona persona = conversation.personaId() == null ? null : personas.find(conversation.personaId()).orElse(null);
        stream.start(llm, AnswerRequests.build(conversation, persona, tree.branchTo(question.id())), flushScheduler);
        return stream;
    }

    private void afterAnswer(ChatMessage answer) {
        if (answer.conversationId() == null) {
            return;
        }
        conversations.touch(answer.conversationId());
        if (answer.status() == MessageStatus.COMPLETE) {
            titles.afterAnswer(answer);
        }
    }

    private void fireChanged(UUID conversationId) {
        for (Consumer<UUID> listener : changeListeners) {
            try {
                listener.accept(conversationId);
            } catch (RuntimeException e) {
                LOG.warn("A conversation listener failed", e);
            }
        }
    }

    private static List<ChatMessage> withNew(List<ChatMessage> known, ChatMessage question, ChatMessage answer) {
        List<ChatMessage> all = new java.util.ArrayList<>(known.size() + 2);
        all.addAll(known);
        all.add(question);
        all.add(answer);
        return all;
    }

    private static ChatMessage question(UUID conversationId, UUID parent, String text, List<Attachment> attachments) {
        return new ChatMessage(null, conversationId, parent, MessageRole.USER, text == null ? "" : text,
                MessageStatus.COMPLETE, null, null, null, null, attachments, null);
    }

    private Conversation conversation(UUID id) {
        return conversations.find(id).orElseThrow(() -> new NoSuchElementException(
                "The conversation " + id + " does not exist any more (it was deleted). Choose another one."));
    }

    private ChatMessage message(UUID id) {
        return messages.find(id).orElseThrow(() -> new NoSuchElementException(
                "The message " + id + " does not exist any more (it was deleted). Reopen the conversation."));
    }
}
