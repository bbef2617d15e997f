package dev.aura.core.store.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Appends to {@code change_log}, the table sync will ship. Package-private: writes go through {@link SyncedRows}. */
final class ChangeLog {
    enum Op { UPSERT, DELETE }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private ChangeLog() {}

    static void append(Handle h, String table, UUID id, Op op, SyncedRows.Stamp stamp, String payload) {
        h.createUpdate("INSERT INTO change_log (entity, entity_id, op, version, payload, changed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .bind(0, table.toLowerCase(java.util.Locale.ROOT)).bind(1, id).bind(2, op.name())
                .bind(3, stamp.version()).bind(4, payload).bind(5, stamp.timestamp()).execute();
    }

    /** The whole row as written, so a receiving device can apply it without asking for more. */
    static String rowJson(Handle h, String table, UUID id) {
        Map<String, Object> row = h.createQuery("SELECT * FROM " + table + " WHERE id = ?")
                .bind(0, id).mapToMap().one();
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plainValue(value)));
        return json(plain);
    }

    static String json(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not write a change_log payload as JSON", e);
        }
    }

    /** JDBC types Jackson cannot write become their plain Java equivalents. */
    private static Object plainValue(Object value) {
        try {
            return switch (value) {
                case java.sql.Timestamp t -> t.toLocalDateTime();
                case java.sql.Date d -> d.toLocalDate();
                case java.sql.Time t -> t.toLocalTime();
                case Clob clob -> clob.getSubString(1, Math.toIntExact(clob.length()));
                case Blob blob -> blob.getBytes(1, Math.toIntExact(blob.length()));
                case Array array -> Arrays.stream((Object[]) array.getArray()).map(ChangeLog::plainValue).toList();
                case null, default -> value;
            };
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a column for the change_log payload", e);
        }
    }
}
