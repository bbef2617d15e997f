package dev.aura.plugins.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.AuraPlugin;
import dev.aura.plugins.api.PluginDescriptor;
import dev.aura.plugins.api.testing.AbstractPluginContractTest;
import org.junit.jupiter.api.Test;

/** The shared SPI contract, plus where the Prompt Cards plugin sits in the rail. */
class PromptsPluginContractTest extends AbstractPluginContractTest {
    @Override
    protected AuraPlugin createPlugin() {
        return new PromptsPlugin();
    }

    @Test
    void sitsBetweenChatAndAnalyticsInTheNavigationRail() {
        PluginDescriptor descriptor = createPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("prompts");
        assertThat(descriptor.iconLiteral()).isEqualTo("fth-clipboard");
        assertThat(descriptor.order()).isBetween(6, 39);
    }
}
