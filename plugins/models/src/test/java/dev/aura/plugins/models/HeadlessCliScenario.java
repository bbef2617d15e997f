package dev.aura.plugins.models;

import dev.aura.core.AuraCore;
import dev.aura.core.AuraCoreFactory;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.CorePluginContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import picocli.CommandLine;

/**
 * What {@code aura models ...} does headless: open core, discover the plugin, start it, run its command. Executed by
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
        try (AuraCore core = AuraCoreFactory.open(new AuraCoreFactory.Options(dataDir, ollamaUrl, Map.of(), false))) {
            plugin.start(new CorePluginContext(core, plugin.descriptor(), (level, title, text) -> {}, Locale.ENGLISH,
                    false));
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
