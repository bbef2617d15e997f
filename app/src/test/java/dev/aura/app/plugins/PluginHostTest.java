package dev.aura.app.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.MigrationSource;
import dev.aura.core.store.MigrationStatus;
import dev.aura.core.store.Store;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {
    @TempDir Path dir;

    /**
     * The test plugins have no migrations; the bundled plugins on the test class path (which fail to start without a
     * context) get a migration that does nothing.
     */
    private final Store unusedStore = new Store() {
        @Override public Jdbi jdbi() { throw new AssertionError("not used"); }
        @Override public MigrationStatus migrate(MigrationSource source) {
            return new MigrationStatus(source.id(), null, 0, 0);
        }
        @Override public List<MigrationStatus> migrationStatus() { return List.of(); }
        @Override public void close() {}
    };

    private final Function<PluginDescriptor, PluginContext> noContext = d -> null;

    private Path pluginsDir() throws Exception {
        return Files.createDirectories(dir.resolve("plugins"));
    }

    private Settings settings() {
        return JsonFileSettings.load(dir.resolve("settings.json"));
    }

    private PluginHost host(Path pluginsDir, Settings settings) {
        return PluginHost.discover(PluginHostTest.class.getClassLoader(), pluginsDir, settings);
    }

    @Test
    void thirdPartyJarLoadsWithItsOwnClassLoaderAndStarts() throws Exception {
        Path plugins = pluginsDir();
        PluginJarBuilder.build(plugins, "hello.jar", "com.example.hello.HelloPlugin",
                PluginJarBuilder.plugin("com.example.hello", "HelloPlugin", "hello", ""));

        PluginHost host = host(plugins, settings());
        host.startAll(unusedStore, noContext);

        LoadedPlugin hello = host.find("hello").orElseThrow();
        assertThat(hello.state()).isEqualTo(PluginState.STARTED);
        assertThat(hello.descriptor().version()).isEqualTo("1.2.3");
        assertThat(hello.source()).hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("hello.jar"));
        assertThat(hello.plugin().orElseThrow().getClass().getClassLoader())
                .isNotSameAs(PluginHostTest.class.getClassLoader());
    }

    @Test
    void aPluginThatThrowsOnStartIsFailedAndTheOthersStillStart() throws Exception {
        Path plugins = pluginsDir();
        PluginJarBuilder.build(plugins, "a-broken.jar", "com.example.broken.BrokenPlugin",
                PluginJarBuilder.plugin("com.example.broken", "BrokenPlugin", "broken",
                        "throw new IllegalStateException(\"database schema too new\");"));
        PluginJarBuilder.build(plugins, "b-hello.jar", "com.example.hello.HelloPlugin",
                PluginJarBuilder.plugin("com.example.hello", "HelloPlugin", "hello", ""));

        PluginHost host = host(plugins, settings());
        List<String> changes = new ArrayList<>();
        host.onStateChanged(p -> changes.add(p.id() + "=" + p.state()));
        host.startAll(unusedStore, noContext);

        LoadedPlugin broken = host.find("broken").orElseThrow();
        assertThat(broken.state()).isEqualTo(PluginState.FAILED);
        assertThat(broken.failureSummary()).isEqualTo("IllegalStateException: database schema too new");
        assertThat(host.find("hello").orElseThrow().state()).isEqualTo(PluginState.STARTED);
        assertThat(changes).contains("broken=FAILED", "hello=STARTED");
    }

    @Test
    void aPluginMissingAClassAtRuntimeIsFailedWithTheLinkageError() throws Exception {
        Path plugins = pluginsDir();
        Path work = Files.createDirectories(dir.resolve("work"));
        // compile against a helper class, then install the plugin without it: NoClassDefFoundError on start
        PluginJarBuilder.build(work, "dep.jar", "com.example.missing.Helper",
                "package com.example.missing; public class Helper { public static void run() {} }");
        Path jar = PluginJarBuilder.build(work, "missing.jar", "com.example.missing.MissingPlugin",
                PluginJarBuilder.plugin("com.example.missing", "MissingPlugin", "missing", "Helper.run();"),
                work.resolve("classes-dep.jar"));
        Files.copy(jar, plugins.resolve("missing.jar"));

        PluginHost host = host(plugins, settings());
        host.startAll(unusedStore, noContext);

        LoadedPlugin missing = host.find("missing").orElseThrow();
        assertThat(missing.state()).isEqualTo(PluginState.FAILED);
        assertThat(missing.failure()).hasValueSatisfying(e -> assertThat(e).isInstanceOf(NoClassDefFoundError.class));
    }

    @Test
    void aJarWithAnUnloadableProviderIsListedAsFailed() throws Exception {
        Path plugins = pluginsDir();
        Path jar = PluginJarBuilder.build(dir, "ghost.jar", "com.example.ghost.GhostPlugin",
                PluginJarBuilder.plugin("com.example.ghost", "GhostPlugin", "ghost", ""));
        // keep the service entry but drop the class: the provider cannot be loaded
        try (var fs = java.nio.file.FileSystems.newFileSystem(jar)) {
            Files.delete(fs.getPath("com/example/ghost/GhostPlugin.class"));
        }
        Files.copy(jar, plugins.resolve("ghost.jar"));

        PluginHost host = host(plugins, settings());
        host.startAll(unusedStore, noContext);

        assertThat(host.plugins()).anySatisfy(p -> {
            assertThat(p.state()).isEqualTo(PluginState.FAILED);
            assertThat(p.source()).isPresent();
        });
    }

    @Test
    void disabledPluginsAreNotStartedAndTheChoiceIsRemembered() throws Exception {
        Path plugins = pluginsDir();
        PluginJarBuilder.build(plugins, "hello.jar", "com.example.hello.HelloPlugin",
                PluginJarBuilder.plugin("com.example.hello", "HelloPlugin", "hello", ""));
        Settings settings = settings();
        host(plugins, settings).setEnabled("hello", false);

        PluginHost host = host(plugins, JsonFileSettings.load(dir.resolve("settings.json")));
        host.startAll(unusedStore, noContext);

        assertThat(host.find("hello").orElseThrow().state()).isEqualTo(PluginState.DISABLED);
        assertThat(host.isEnabled("hello")).isFalse();
        host.setEnabled("hello", true);
        assertThat(host.isEnabled("hello")).isTrue();
    }

    @Test
    void pluginsStopInReverseStartOrder() throws Exception {
        Path plugins = pluginsDir();
        List<String> stops = new ArrayList<>();
        PluginJarBuilder.build(plugins, "first.jar", "com.example.first.FirstPlugin",
                PluginJarBuilder.plugin("com.example.first", "FirstPlugin", "first", ""));
        PluginJarBuilder.build(plugins, "second.jar", "com.example.second.SecondPlugin",
                PluginJarBuilder.plugin("com.example.second", "SecondPlugin", "second", ""));
        PluginHost host = host(plugins, settings());
        host.startAll(unusedStore, noContext);
        host.onStateChanged(p -> stops.add(p.id()));

        host.stopAll();

        assertThat(stops).containsExactly("second", "first");
        assertThat(host.find("first").orElseThrow().state()).isEqualTo(PluginState.STOPPED);
    }
}
