package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.MigrationSource;
import org.jdbi.v3.core.Jdbi;

/** The chat plugin's tables (migrations in {@code db/migration/chat}, own Flyway history table). */
public final class ChatSchema {
    public static final MigrationSource MIGRATIONS =
            new MigrationSource("chat", "classpath:db/migration/chat", ChatSchema.class.getClassLoader());

    static final String CONVERSATIONS = "chat_conversation";
    static final String MESSAGES = "chat_message";
    static final String ATTACHMENTS = "chat_attachment";
    static final String PERSONAS = "chat_persona";
    static final String FOLDERS = "chat_folder";
    static final String PARTS = "chat_answer_part";

    private ChatSchema() {}

    /** Live conversations plus live messages: what a complete search index holds at most. */
    public static long liveConversationsAndMessages(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM " + MESSAGES + " WHERE deleted = FALSE)"
                + " + (SELECT COUNT(*) FROM " + CONVERSATIONS + " WHERE deleted = FALSE)").mapTo(Long.class).one());
    }
}
