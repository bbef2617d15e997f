package dev.aura.plugins.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginCommand;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.testing.AbstractPluginContractTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared SPI contract, plus what the shell relies on from the analytics plugin in particular. */
class AnalyticsPluginContractTest extends AbstractPluginContractTest {
    @Override
    protected AuraPlugin createPlugin() {
        return new AnalyticsPlugin();
    }

    @Test
    void comesAfterChatAndModelsInTheNavigationRail() {
        PluginDescriptor descriptor = createPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("analytics");
        assertThat(descriptor.iconLiteral()).isEqualTo("fth-bar-chart-2");
        assertThat(descriptor.order()).isGreaterThan(10);
    }

    @Test
    void offersRefreshVerifyAndExportInThePaletteAndPricesAsSettings() throws Exception {
        AuraPlugin plugin = started();

        List<PluginCommand> commands = onFxThread(plugin::commands);

        assertThat(commands).extracting(PluginCommand::id).containsExactly("analytics.refresh",
                "analytics.verify-audit", "analytics.export-calls", "analytics.prices");
        assertThat(commands).extracting(PluginCommand::text).contains("Analytics: refresh",
                "Analytics: verify audit log", "Analytics: export calls");
        assertThat(commands.get(1).executable().get()).isTrue();
        assertThat(onFxThread(() -> plugin.settingsPage().orElseThrow().title())).isEqualTo("Analytics");
        assertThat(onFxThread(() -> plugin.settingsPage().orElseThrow().createContent())).isNotNull();
        plugin.stop();
    }
}
