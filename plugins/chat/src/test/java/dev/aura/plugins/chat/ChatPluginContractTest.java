package dev.aura.plugins.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.testing.AbstractPluginContractTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shared SPI contract, plus what the shell and the CLI rely on from the chat plugin in particular. */
class ChatPluginContractTest extends AbstractPluginContractTest {
    @Override
    protected AuraPlugin createPlugin() {
        return new ChatPlugin();
    }

    @Test
    void comesBeforeModelsInTheNavigationRail() {
        PluginDescriptor descriptor = createPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("chat");
        assertThat(descriptor.iconLiteral()).isEqualTo("fth-message-square");
        assertThat(descriptor.order()).isLessThan(10);
    }

    @Test
    void startsWithoutOpeningItsSearchIndexSoOtherCommandsDoNotPayForLucene() throws Exception {
        AuraPlugin plugin = started();

        assertThat(core.paths().dataDir().resolve("chat-index")).doesNotExist();
        plugin.stop();
        assertThat(core.paths().dataDir().resolve("chat-index")).doesNotExist();
    }

    @Test
    void offersChatCommandsWithTheirShortcutsInThePalette() throws Exception {
        AuraPlugin plugin = started();

        List<PluginCommand> commands = onFxThread(plugin::commands);

        assertThat(commands).extracting(PluginCommand::id).containsExactly("chat.new", "chat.search", "chat.stop",
                "chat.regenerate", "chat.import", "chat.export", "chat.personas");
        assertThat(commands.get(0).accelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+N"));
        assertThat(commands.get(1).accelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+F"));
        assertThat(commands.get(2).accelerator()).isEqualTo(KeyCombination.keyCombination("Esc"));
        assertThat(commands.get(2).executable().get()).as("nothing to stop yet").isFalse();
        assertThat(commands.get(0).executable().get()).isTrue();
        assertThat(onFxThread(() -> plugin.settingsPage().orElseThrow().title())).isEqualTo("Chat");
        plugin.stop();
    }

    @Test
    void chatExportAndImportRunUnderTheRootAuraCommand() throws Exception {
        ollama.addModel("llama3.2");
        ollama.enqueueChat(ChatScript.answer("Hi", " there"));
        AuraPlugin plugin = started();
        @CommandLine.Command(name = "aura")
        final class Root {}
        CommandLine root = new CommandLine(new Root());
        plugin.cliCommands().forEach(root::addSubcommand);
        StringWriter out = new StringWriter();
        root.setOut(new PrintWriter(out));
        root.setErr(new PrintWriter(new StringWriter()));

        int asked = root.execute("chat", "-m", "llama3.2", "Hello");
        int exported = root.execute("chat", "export", "--all", "--format", "json");

        assertThat(asked).isZero();
        assertThat(exported).isZero();
        assertThat(out.toString()).contains("Hi there").contains("\"aura-chat\"");
        assertThat(root.getSubcommands().get("chat").getSubcommands()).containsKeys("list", "export", "import");
        plugin.stop();
    }
}
