package dev.aura.plugins.chat.store.jdbi;

import dev.aura.core.store.sync.SyncConfig;
import dev.aura.plugins.chat.model.ChatParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Conversions between the chat records and H2 columns, shared by the repositories. */
final class SqlValues {
    private SqlValues() {}

    /** The store's wall clock, so our own times agree with the sync columns. */
    static Instant now(Handle handle) {
        return handle.getConfig(SyncConfig.class).wallClock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Long bigint(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static ChatParameters parameters(ResultSet rs) throws SQLException {
        return new ChatParameters(real(rs, "temperature"), real(rs, "top_p"), integer(rs, "context_length"),
                integer(rs, "seed"), rs.getString("keep_alive"));
    }

    static void putParameters(Map<String, Object> columns, ChatParameters p) {
        ChatParameters parameters = p == null ? ChatParameters.DEFAULTS : p;
        columns.put("temperature", parameters.temperature());
        columns.put("top_p", parameters.topP());
        columns.put("context_length", parameters.contextLength());
        columns.put("seed", parameters.seed());
        columns.put("keep_alive", parameters.keepAlive());
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
