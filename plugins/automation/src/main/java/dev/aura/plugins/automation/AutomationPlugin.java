package dev.aura.plugins.automation;

import dev.aura.core.store.MigrationSource;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.automation.cli.FlowsCli;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.ui.AutomationUi;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Automation: workflows of steps on triggers, with versions and run history; and {@code aura flows}. In the window,
 * start() closes runs a crash left open and starts the triggers; the CLI starts them only for {@code flows serve}.
 * The window half ({@link AutomationUi}) is created on the FX thread on first use.
 */
public final class AutomationPlugin implements AuraPlugin {
    private static final Logger LOG = LoggerFactory.getLogger(AutomationPlugin.class);
    public static final String ID = "automation";
    static final String VERSION = "0.1.0";
    /** After Prompt Cards (30), before Analytics (40): workflows build on prompts. */
    static final int ORDER = 35;

    private PluginContext context;
    private Messages messages;
    private AutomationServices services;
    private AutomationUi ui;

    @Override
    public PluginDescriptor descriptor() {
        Messages text = messages != null ? messages : Messages.load(Locale.getDefault());
        return new PluginDescriptor(ID, text.text("plugin.name"), VERSION, PluginDescriptor.SPI_VERSION,
                "fth-git-branch", ORDER);
    }

    @Override
    public Optional<MigrationSource> migrations() {
        return Optional.of(AutomationSchema.MIGRATIONS);
    }

    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
        this.messages = Messages.load(pluginContext.locale());
        this.services = AutomationServices.create(pluginContext);
        if (pluginContext.hasWindow()) {
            // off the start path: the window's first frame does not wait for the history or the schedules
            AutomationServices started = services;
            Instant now = Instant.now();
            Thread.ofVirtual().name("aura-automation-start").start(() -> startInWindow(started, now));
        }
    }

    /** Runs a crash left RUNNING before {@code now} are closed; runs started since are this session's own. */
    private static void startInWindow(AutomationServices started, Instant now) {
        try {
            int interrupted = started.history().closeInterrupted(now);
            if (interrupted > 0) {
                LOG.info("{} workflow runs were still marked running from the last session; stored as failed",
                        interrupted);
            }
            started.triggers().start(true);
        } catch (RuntimeException e) {
            LOG.error("The workflow triggers could not start; scheduled and folder-watch runs are off until restart",
                    e);
        }
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.stop();
            ui = null;
        }
        if (services != null) {
            services.close();
        }
    }

    @Override
    public Node createView() {
        return ui().createView();
    }

    @Override
    public void activate() {
        ui().activate();
    }

    @Override
    public void deactivate() {
        if (ui != null) {
            ui.deactivate();
        }
    }

    /** Closing the window cancels running workflows: ask first. */
    @Override
    public boolean canClose() {
        return ui == null || ui.canClose();
    }

    @Override
    public List<PluginCommand> commands() {
        return ui().commands();
    }

    @Override
    public List<Object> cliCommands() {
        requireStarted();
        return FlowsCli.commands(services, messages);
    }

    private AutomationUi ui() {
        if (ui == null) {
            requireStarted();
            ui = new AutomationUi(services, messages);
        }
        return ui;
    }

    private void requireStarted() {
        if (context == null || services == null) {
            throw new IllegalStateException("the automation plugin is used before start()");
        }
    }
}
