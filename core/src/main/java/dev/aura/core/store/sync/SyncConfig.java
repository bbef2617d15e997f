package dev.aura.core.store.sync;

import java.time.InstantSource;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Carries the store's one {@link HybridLogicalClock} on its Jdbi, so every repository's handle writes versions from
 * the same clock without the clock being passed around. Installed by {@code H2Store}.
 */
public final class SyncConfig implements JdbiConfig<SyncConfig> {
    private HybridLogicalClock clock;
    private InstantSource wallClock = InstantSource.system();

    public SyncConfig() {}

    private SyncConfig(SyncConfig other) {
        this.clock = other.clock;
        this.wallClock = other.wallClock;
    }

    public SyncConfig setClock(HybridLogicalClock clock, InstantSource wallClock) {
        this.clock = clock;
        this.wallClock = wallClock;
        return this;
    }

    public HybridLogicalClock clock() {
        if (clock == null) {
            throw new IllegalStateException("No HybridLogicalClock on this Jdbi: use the Jdbi of H2Store "
                    + "(Store.jdbi()), or install one with jdbi.getConfig(SyncConfig.class).setClock(...)");
        }
        return clock;
    }

    /** The time written to created_at / updated_at / changed_at. */
    public InstantSource wallClock() {
        return wallClock;
    }

    @Override
    public SyncConfig createCopy() {
        return new SyncConfig(this);
    }
}
