package dev.aura.plugins.automation.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Conversions the store's tables share: ids as callers pass them, and instants bound in UTC. */
final class StoredValues {
    private StoredValues() {}

    /** A flow or run id as text to the UUID it is keyed on; anything else is simply not stored. */
    static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Flow ids in run rows are text; a UUID is written in its one canonical (lower-case) form. */
    static String flowKey(String flowId) {
        return uuid(flowId).map(UUID::toString).orElse(flowId == null ? "" : flowId.strip());
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
