package dev.aura.plugins.chat.service;

import dev.aura.core.llm.LlmGateway;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.plugins.chat.model.ChatMessage;
import dev.aura.plugins.chat.search.MessageIndex;
import dev.aura.plugins.chat.store.ArchiveStore;
import dev.aura.plugins.chat.store.ConversationRepository;
import dev.aura.plugins.chat.store.MessageRepository;
import dev.aura.plugins.chat.store.jdbi.ChatSchema;
import dev.aura.plugins.chat.store.jdbi.JdbiArchiveStore;
import dev.aura.plugins.chat.store.jdbi.JdbiConversationRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiFolderRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiMessageRepository;
import dev.aura.plugins.chat.store.jdbi.JdbiPersonaRepository;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link ChatBackend} of a profile: migrates the chat tables, marks answers left streaming by a dead
 * process as interrupted, and wires repositories that keep the search index up to date.
 */
public final class ChatBackends {
    /** Plugin setting: name conversations with the model after the first exchange. */
    public static final String TITLES_SETTING = "titles.generate";

    private static final Logger LOG = LoggerFactory.getLogger(ChatBackends.class);

    private ChatBackends() {}

    /** @param settings the chat plugin's own settings scope */
    public static ChatBackend open(Store store, LlmGateway llm, TaskRunner tasks, Settings settings,
            MessageIndex index) {
        return open(store, llm, tasks, settings, index, Locale.getDefault());
    }

    public static ChatBackend open(Store store, LlmGateway llm, TaskRunner tasks, Settings settings,
            MessageIndex index, Locale locale) {
        return open(store, llm, tasks, settings, index, locale, true);
    }

    /**
     * @param recoverInterrupted mark answers found STREAMING as interrupted. Pass false for a CLI run next to an open
     *                           window (the database is shared): the window's live answer is STREAMING too, and the
     *                           window's own next start recovers what a crash left.
     */
    public static ChatBackend open(Store store, LlmGateway llm, TaskRunner tasks, Settings settings,
            MessageIndex index, Locale locale, boolean recoverInterrupted) {
        store.migrate(ChatSchema.MIGRATIONS);
        Jdbi jdbi = store.jdbi();
        SearchUpdates search = new SearchUpdates(index);
        JdbiMessageRepository storedMessages = new JdbiMessageRepository(jdbi);
        List<ChatMessage> interrupted = recoverInterrupted ? storedMessages.interruptStreaming() : List.of();
        if (!interrupted.isEmpty()) {
            LOG.info("{} answer(s) were cut off by the end of a previous run; marked interrupted", interrupted.size());
            interrupted.forEach(search::message);
        }
        ConversationRepository conversations = new IndexedConversations(new JdbiConversationRepository(jdbi), search);
        MessageRepository messages = new IndexedMessages(storedMessages, search);
        ArchiveStore archives = new IndexedArchives(new JdbiArchiveStore(jdbi), search);
        JdbiPersonaRepository personas = new JdbiPersonaRepository(jdbi);
        ChatService chat = new PersistentChatService(conversations, messages, personas, index, llm, tasks,
                () -> settings.getBoolean(TITLES_SETTING, true), locale);
        if (recoverInterrupted) {
            // the window's start is the place to catch the index up (a CLI run next to it cannot take its lock)
            SearchRebuild.startIfBehind(jdbi, index, conversations, messages, search, tasks,
                    new ServiceTexts(locale).text("job.reindex"));
        }
        return new ChatBackend(chat, conversations, messages, personas, new JdbiFolderRepository(jdbi), archives,
                index);
    }
}
