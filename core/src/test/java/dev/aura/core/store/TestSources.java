package dev.aura.core.store;

/** Plugin-like migration sources under src/test/resources/db/migration. */
public final class TestSources {
    public static final MigrationSource TEST_PLUGIN = new MigrationSource("testplugin",
            "classpath:db/migration/testplugin", TestSources.class.getClassLoader());
    public static final MigrationSource BROKEN_PLUGIN = new MigrationSource("broken-plugin",
            "classpath:db/migration/brokenplugin", TestSources.class.getClassLoader());

    private TestSources() {}
}
