package dev.aura.plugins.automation.store;

import dev.aura.core.store.MigrationSource;

/** The plugin's own tables (migrations in {@code db/migration/automation}). */
public final class AutomationSchema {
    public static final MigrationSource MIGRATIONS = new MigrationSource("automation",
            "classpath:db/migration/automation", AutomationSchema.class.getClassLoader());

    private AutomationSchema() {}
}
