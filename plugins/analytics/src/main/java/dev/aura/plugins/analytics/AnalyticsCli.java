package dev.aura.plugins.analytics;

import dev.aura.plugins.analytics.cli.AuditCommand;
import dev.aura.plugins.analytics.cli.StatsCommand;
import dev.aura.plugins.analytics.stats.AnalyticsService;
import dev.aura.plugins.api.PluginContext;
import java.util.List;

/** {@code aura stats [calls]} over the analytics service and {@code aura audit verify|list} over core's audit log. */
final class AnalyticsCli {
    private AnalyticsCli() {}

    static List<Object> commands(PluginContext context, AnalyticsService service) {
        Messages messages = Messages.load(context.locale());
        return List.of(new StatsCommand(service, messages), new AuditCommand(context.audit(), messages));
    }
}
