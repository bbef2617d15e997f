package dev.aura.plugins.models;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.plugins.api.AuraPlugin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * What {@code aura models list} does headless: discover the plugin, start it, run its command. Executed by
 * {@link HeadlessWithoutJavaFxTest} inside a class loader that has no JavaFX at all.
 */
public final class HeadlessCliScenario {
    private HeadlessCliScenario() {}

    /** @return the exit code, a newline, then stdout */
    public static String run(String ollamaUrl, String dataDir, String... args) throws Exception {
        try {
            Class.forName("javafx.scene.Node", false, HeadlessCliScenario.class.getClassLoader());
            throw new IllegalStateException("JavaFX is visible; this scenario must run without it");
        } catch (ClassNotFoundException expected) {
            // the point of the scenario
        }
        AuraPlugin plugin = ServiceLoader.load(AuraPlugin.class, HeadlessCliScenario.class.getClassLoader())
                .findFirst().orElseThrow();
        try (CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner()) {
            plugin.descriptor();
            plugin.start(TestPluginContext.create(URI.create(ollamaUrl), tasks, Path.of(dataDir), false));
            @CommandLine.Command(name = "aura")
            final class Root {}
            CommandLine root = new CommandLine(new Root());
            plugin.cliCommands().forEach(root::addSubcommand);
            StringWriter out = new StringWriter();
            root.setOut(new PrintWriter(out));
            int code = root.execute(args);
            plugin.stop();
            return code + "\n" + out;
        }
    }
}
