package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginContext;
import dev.aura.plugins.api.SettingsPage;
import java.util.List;
import javafx.scene.Node;

/** CONTRACT SKELETON, replaced by the UI helper: the public methods are the contract with AnalyticsPlugin. */
public final class AnalyticsUi {
    public AnalyticsUi(PluginContext context, AnalyticsService service, Messages messages) {}

    public Node createView() { throw new UnsupportedOperationException(); }
    public void activate() {}
    public void deactivate() {}
    public void stop() {}
    public List<PluginCommand> commands() { return List.of(); }
    public SettingsPage settingsPage() { throw new UnsupportedOperationException(); }
}
