package dev.aura.plugins.chat.store.jdbi;

import static dev.aura.plugins.chat.store.jdbi.SqlValues.instant;
import static dev.aura.plugins.chat.store.jdbi.SqlValues.uuid;

import dev.aura.plugins.chat.model.Conversation;
import dev.aura.plugins.chat.model.ConversationSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads conversation rows. */
final class ConversationRows {
    static final String SUMMARY_COLUMNS = "id, title, model, folder_id, pinned, last_activity_at, trashed_at";

    private ConversationRows() {}

    static Conversation conversation(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Conversation(uuid(rs, "id"), rs.getString("title"),
                Conversation.TitleSource.valueOf(rs.getString("title_source")), rs.getString("model"),
                uuid(rs, "persona_id"), rs.getString("system_prompt"), SqlValues.parameters(rs), uuid(rs, "folder_id"),
                rs.getBoolean("pinned"), uuid(rs, "current_leaf_id"), instant(rs, "started_at"),
                instant(rs, "last_activity_at"), instant(rs, "trashed_at"));
    }

    static ConversationSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ConversationSummary(uuid(rs, "id"), rs.getString("title"), rs.getString("model"),
                uuid(rs, "folder_id"), rs.getBoolean("pinned"), instant(rs, "last_activity_at"),
                instant(rs, "trashed_at"));
    }
}
