package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.events.EventBus;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.UsageLog;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.testing.AbstractPluginContractTest;
import dev.aura.plugins.models.cli.ModelsCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shared SPI contract, plus what the shell and the CLI rely on from this plugin in particular. */
class ModelsPluginContractTest extends AbstractPluginContractTest {
    private CountingEventBus events;

    @Override
    protected AuraPlugin createPlugin() {
        return new ModelsPlugin();
    }

    /** The real context, with the event bus counted so listener leaks show. */
    @Override
    protected PluginContext contextFor(PluginDescriptor descriptor) {
        events = new CountingEventBus(core.events());
        return new CountedEvents(super.contextFor(descriptor), events);
    }

    private record CountedEvents(PluginContext real, EventBus events) implements PluginContext {
        @Override public Store store() { return real.store(); }
        @Override public LlmGateway llm() { return real.llm(); }
        @Override public ModelCatalog models() { return real.models(); }
        @Override public OllamaConnection ollama() { return real.ollama(); }
        @Override public UsageLog usageLog() { return real.usageLog(); }
        @Override public dev.aura.core.usage.PriceBook prices() { return real.prices(); }
        @Override public dev.aura.core.audit.AuditLog audit() { return real.audit(); }
        @Override public dev.aura.core.evals.EvalLog evals() { return real.evals(); }
        @Override public TaskRunner tasks() { return real.tasks(); }
        @Override public Settings settings() { return real.settings(); }
        @Override public AppPaths paths() { return real.paths(); }
        @Override public Notifier notifier() { return real.notifier(); }
        @Override public Locale locale() { return real.locale(); }
        @Override public boolean hasWindow() { return real.hasWindow(); }
    }

    @Test
    void listensToOllamaOnlyWhileShown() throws Exception {
        AuraPlugin plugin = started();

        int whileShown = onFxThread(() -> {
            plugin.createView();
            plugin.activate();
            plugin.activate();
            return events.liveSubscriptions();
        });
        int afterHidden = onFxThread(() -> {
            plugin.deactivate();
            return events.liveSubscriptions();
        });

        assertThat(whileShown).as("activating twice still listens once").isEqualTo(1);
        assertThat(afterHidden).isZero();
        plugin.stop();
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
