package dev.aura.core.store.sync;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.util.UUID;

/** Ids of user-data rows: time-ordered UUIDv7, unique across devices without coordination. */
public final class Ids {
    // Stateless for callers; the generator's state only keeps ids of this process monotonic.
    private static final UuidV7Generator GENERATOR = new UuidV7Generator(InstantSource.system(), new SecureRandom());

    private Ids() {}

    public static UUID newId() {
        return GENERATOR.next();
    }

    /** The creation time encoded in a UUIDv7. */
    public static Instant timestampOf(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("Not a UUIDv7: " + id);
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
