package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.models.cli.ModelsCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The SPI contract as the shell and the CLI use it: discovery, descriptor, start/stop, CLI commands. */
class ModelsPluginContractTest {
    private final FakeOllamaServer ollama = new FakeOllamaServer();
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();

    @TempDir
    Path dir;

    @AfterEach
    void stopOllama() {
        tasks.close();
        ollama.close();
    }

    @Test
    void isDiscoveredThroughServiceLoader() {
        List<AuraPlugin> plugins = ServiceLoader.load(AuraPlugin.class).stream().map(ServiceLoader.Provider::get)
                .toList();

        assertThat(plugins).hasAtLeastOneElementOfType(ModelsPlugin.class);
    }

    @Test
    void describesItselfForTheNavigationRail() {
        PluginDescriptor descriptor = new ModelsPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("models");
        assertThat(descriptor.iconLiteral()).isEqualTo("fth-box");
        assertThat(descriptor.order()).isEqualTo(10);
        assertThat(descriptor.spiVersion()).isEqualTo(PluginDescriptor.SPI_VERSION);
        assertThat(descriptor.name()).isNotBlank();
        assertThat(descriptor.version()).isNotBlank();
    }

    @Test
    void startsAndStopsHeadlessAndOffersTheModelsCommand() throws Exception {
        ModelsPlugin plugin = new ModelsPlugin();
        plugin.start(TestPluginContext.create(ollama.url(), tasks, dir, false));

        List<Object> commands = plugin.cliCommands();

        assertThat(commands).singleElement().isInstanceOf(ModelsCommand.class);
        assertThat(commands.getFirst().getClass().getAnnotation(CommandLine.Command.class).name())
                .isEqualTo("models");
        assertThat(plugin.canClose()).isTrue();
        plugin.stop();
    }

    @Test
    void theCommandCanBeMountedUnderARootCommand() throws Exception {
        ollama.addModel("llama3.2");
        ModelsPlugin plugin = new ModelsPlugin();
        plugin.start(TestPluginContext.create(ollama.url(), tasks, dir, false));
        @CommandLine.Command(name = "aura")
        class Root {}
        CommandLine root = new CommandLine(new Root());
        plugin.cliCommands().forEach(root::addSubcommand);
        StringWriter out = new StringWriter();
        root.setOut(new PrintWriter(out));

        int code = root.execute("models", "list");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("llama3.2:latest");
        plugin.stop();
    }
}
