package dev.aura.plugins.analytics;

import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.PluginContext;
import java.util.List;

/** CONTRACT SKELETON, replaced by the CLI helper: {@code aura stats} and {@code aura audit}. */
final class AnalyticsCli {
    private AnalyticsCli() {}

    static List<Object> commands(PluginContext context, AnalyticsService service) {
        return List.of();
    }
}
