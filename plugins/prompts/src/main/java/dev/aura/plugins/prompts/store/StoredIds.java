package dev.aura.plugins.prompts.store;

import java.util.Optional;
import java.util.UUID;

/** Card and run ids as callers pass them (text) to the UUIDs the tables key on; anything else is simply not stored. */
final class StoredIds {
    private StoredIds() {}

    static Optional<UUID> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
