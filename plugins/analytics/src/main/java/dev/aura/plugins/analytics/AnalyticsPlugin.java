package dev.aura.plugins.analytics;

import dev.aura.core.store.MigrationSource;
import dev.aura.plugins.analytics.stats.AnalyticsSchema;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.analytics.stats.JdbiAnalyticsService;
import dev.aura.plugins.analytics.ui.AnalyticsUi;
import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.SettingsPage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;

/**
 * Usage dashboards over core's usage log, the price table, insights and the audit log; {@code aura stats} and
 * {@code aura audit}. Everything windowed is behind {@link AnalyticsUi}, created on first use on the FX thread, so
 * {@link #start} and {@link #cliCommands} never load JavaFX.
 */
public final class AnalyticsPlugin implements AuraPlugin {
    public static final String ID = "analytics";
    static final String VERSION = "0.1.0";
    /** After Chat and Models: a view of what they did. */
    static final int ORDER = 40;

    private PluginContext context;
    private Messages messages;
    private AnalyticsService service;
    private AnalyticsUi ui;

    @Override
    public PluginDescriptor descriptor() {
        Messages text = messages != null ? messages : Messages.load(Locale.getDefault());
        return new PluginDescriptor(ID, text.text("plugin.name"), VERSION, PluginDescriptor.SPI_VERSION,
                "fth-bar-chart-2", ORDER);
    }

    @Override
    public Optional<MigrationSource> migrations() {
        return Optional.of(AnalyticsSchema.MIGRATIONS);
    }

    @Override
    public void start(PluginContext pluginContext) {
        this.context = pluginContext;
        this.messages = Messages.load(pluginContext.locale());
        this.service = new JdbiAnalyticsService(pluginContext.store(), pluginContext.prices(), pluginContext.evals(),
                Clock.systemUTC());
    }

    @Override
    public void stop() {
        if (ui != null) {
            ui.stop();
            ui = null;
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

    @Override
    public List<PluginCommand> commands() {
        return ui().commands();
    }

    @Override
    public Optional<SettingsPage> settingsPage() {
        return Optional.of(ui().settingsPage());
    }

    @Override
    public List<Object> cliCommands() {
        return AnalyticsCli.commands(requireStarted(), service);
    }

    private AnalyticsUi ui() {
        if (ui == null) {
            ui = new AnalyticsUi(requireStarted(), service, messages);
        }
        return ui;
    }

    private PluginContext requireStarted() {
        if (context == null || service == null) {
            throw new IllegalStateException("the analytics plugin is used before start()");
        }
        return context;
    }
}
