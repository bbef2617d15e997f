package dev.aura.core.store.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes user-data rows the sync-ready way (ARCHITECTURE §3): sets id, created_at, updated_at, version and
 * deleted, and appends the matching {@code change_log} row in the same transaction. Deletes are tombstones.
 *
 * <p>A user-data table has these columns besides its own:
 * <pre>
 * id UUID PRIMARY KEY, created_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
 * version VARCHAR(64) NOT NULL, deleted BOOLEAN DEFAULT FALSE NOT NULL
 * </pre>
 * Repositories read with {@code WHERE deleted = FALSE}. Call these inside {@code jdbi.inTransaction(h -> ...)} to
 * group several writes; a call on a handle outside a transaction gets its own. Values are bound by Jdbi, so anything
 * Jdbi can bind works; table and column names must be plain SQL identifiers.
 */
public final class SyncedRows {
    public static final Set<String> MANAGED_COLUMNS = Set.of("id", "created_at", "updated_at", "version", "deleted");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    private SyncedRows() {}

    /** Inserts a live row with a new UUIDv7 id and returns the id. */
    public static UUID insert(Handle handle, String table, Map<String, ?> columns) {
        UUID id = Ids.newId();
        insert(handle, table, id, columns);
        return id;
    }

    /** Inserts a live row with the given id (an import keeping its ids). */
    public static void insert(Handle handle, String table, UUID id, Map<String, ?> columns) {
        checkNames(table, columns);
        handle.useTransaction(h -> {
            Stamp stamp = Stamp.of(h);
            List<String> names = new ArrayList<>(columns.keySet());
            names.addAll(List.of("id", "created_at", "updated_at", "version", "deleted"));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
            Update insert = h.createUpdate(sql);
            int position = bindAll(insert, columns);
            insert.bind(position++, id).bind(position++, stamp.timestamp()).bind(position++, stamp.timestamp())
                    .bind(position++, stamp.version).bind(position, false).execute();
            ChangeLog.append(h, table, id, ChangeLog.Op.UPSERT, stamp, ChangeLog.rowJson(h, table, id));
        });
    }

    /**
     * Updates the given columns of a live row.
     *
     * @return false if no live row has this id (missing or deleted); nothing is written then
     */
    public static boolean update(Handle handle, String table, UUID id, Map<String, ?> columns) {
        checkNames(table, columns);
        return handle.inTransaction(h -> {
            Stamp stamp = Stamp.of(h);
            StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
            columns.keySet().forEach(name -> sql.append(name).append(" = ?, "));
            sql.append("updated_at = ?, version = ? WHERE id = ? AND deleted = FALSE");
            Update update = h.createUpdate(sql.toString());
            int position = bindAll(update, columns);
            int rows = update.bind(position++, stamp.timestamp()).bind(position++, stamp.version)
                    .bind(position, id).execute();
            if (rows == 0) {
                return false;
            }
            ChangeLog.append(h, table, id, ChangeLog.Op.UPSERT, stamp, ChangeLog.rowJson(h, table, id));
            return true;
        });
    }

    /**
     * Marks a live row deleted (a tombstone that sync ships; rows are never hard-deleted).
     *
     * @return false if no live row has this id; nothing is written then
     */
    public static boolean delete(Handle handle, String table, UUID id) {
        checkNames(table, Map.of());
        return handle.inTransaction(h -> {
            Stamp stamp = Stamp.of(h);
            int rows = h.createUpdate("UPDATE " + table + " SET deleted = TRUE, updated_at = ?, version = ? "
                            + "WHERE id = ? AND deleted = FALSE")
                    .bind(0, stamp.timestamp()).bind(1, stamp.version).bind(2, id).execute();
            if (rows == 0) {
                return false;
            }
            // The tombstone carries no content: a deleted row's text must not travel again.
            Map<String, Object> tombstone = new LinkedHashMap<>();
            tombstone.put("id", id);
            tombstone.put("updated_at", stamp.at);
            tombstone.put("version", stamp.version);
            tombstone.put("deleted", true);
            ChangeLog.append(h, table, id, ChangeLog.Op.DELETE, stamp, ChangeLog.json(tombstone));
            return true;
        });
    }

    private static int bindAll(Update statement, Map<String, ?> columns) {
        int position = 0;
        for (Object value : columns.values()) {
            statement.bind(position++, value);
        }
        return position;
    }

    private static void checkNames(String table, Map<String, ?> columns) {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain table name: " + table);
        }
        for (String name : columns.keySet()) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain column name: " + name);
            }
            if (MANAGED_COLUMNS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("Column " + name + " is set by SyncedRows, not by callers");
            }
        }
    }

    /** The time and version of one write, shared by the row and its change_log entry. */
    record Stamp(Instant at, String version) {
        static Stamp of(Handle handle) {
            SyncConfig sync = handle.getConfig(SyncConfig.class);
            return new Stamp(sync.wallClock().instant().truncatedTo(ChronoUnit.MILLIS), sync.clock().next());
        }

        /** Bound as OffsetDateTime in UTC: H2 stores the instant exactly, whatever the JVM's time zone. */
        Argument timestamp() {
            OffsetDateTime value = at.atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }
}
