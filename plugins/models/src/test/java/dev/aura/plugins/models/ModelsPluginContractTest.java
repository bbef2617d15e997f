package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.testing.AbstractPluginContractTest;
import dev.aura.plugins.models.cli.ModelsCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shared SPI contract, plus what the shell and the CLI rely on from this plugin in particular. */
class ModelsPluginContractTest extends AbstractPluginContractTest {
    @Override
    protected AuraPlugin createPlugin() {
        return new ModelsPlugin();
    }

    @Test
    void describesItselfForTheNavigationRail() {
        PluginDescriptor descriptor = createPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("models");
        assertThat(descriptor.iconLiteral()).isEqualTo("fth-box");
        assertThat(descriptor.order()).isEqualTo(10);
        assertThat(descriptor.spiVersion()).isEqualTo(PluginDescriptor.SPI_VERSION);
    }

    @Test
    void offersPullAndRefreshInThePalette() throws Exception {
        AuraPlugin plugin = started();

        List<PluginCommand> commands = onFxThread(plugin::commands);

        assertThat(commands).extracting(PluginCommand::id).containsExactly("models.pull", "models.refresh");
        assertThat(commands).extracting(PluginCommand::text).containsExactly("Pull a model…", "Refresh models");
        assertThat(commands).extracting(PluginCommand::accelerator)
                .containsExactly(KeyCombination.keyCombination("Shortcut+Shift+M"), KeyCombination.keyCombination("F5"));
        assertThat(commands).allSatisfy(c -> assertThat(c.executable().get()).isTrue());
        plugin.stop();
    }

    @Test
    void itsCommandRunsUnderTheRootAuraCommand() throws Exception {
        ollama.addModel("llama3.2");
        AuraPlugin plugin = started();
        @CommandLine.Command(name = "aura")
        final class Root {}
        CommandLine root = new CommandLine(new Root());
        plugin.cliCommands().forEach(root::addSubcommand);
        StringWriter out = new StringWriter();
        root.setOut(new PrintWriter(out));

        int code = root.execute("models", "list");

        assertThat(plugin.cliCommands()).singleElement().isInstanceOf(ModelsCommand.class);
        assertThat(code).isZero();
        assertThat(out.toString()).contains("llama3.2:latest");
        plugin.stop();
    }
}
