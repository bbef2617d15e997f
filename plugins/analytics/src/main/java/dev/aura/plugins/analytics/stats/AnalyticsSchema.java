package dev.aura.plugins.analytics.stats;

import dev.aura.core.store.MigrationSource;

/** The plugin's own tables: rollups of core's usage log (migrations in {@code db/migration/analytics}). */
public final class AnalyticsSchema {
    public static final MigrationSource MIGRATIONS =
            new MigrationSource("analytics", "classpath:db/migration/analytics", AnalyticsSchema.class.getClassLoader());

    private AnalyticsSchema() {}
}
