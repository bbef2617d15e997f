package dev.aura.plugins.prompts.store;

import dev.aura.core.store.MigrationSource;

/** The plugin's own tables (migrations in {@code db/migration/prompts}). */
public final class PromptsSchema {
    public static final MigrationSource MIGRATIONS =
            new MigrationSource("prompts", "classpath:db/migration/prompts", PromptsSchema.class.getClassLoader());

    private PromptsSchema() {}
}
