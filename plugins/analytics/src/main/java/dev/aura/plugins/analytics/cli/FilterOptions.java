package dev.aura.plugins.analytics.cli;

import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** The range and filter options shared by {@code aura stats} and {@code aura stats calls}. */
final class FilterOptions {
    @Option(names = "--since", paramLabel = "WHEN", descriptionKey = "cli.opt.since")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.opt.until")
    String until;

    @Option(names = "--model", paramLabel = "MODEL", descriptionKey = "cli.opt.model")
    List<String> models = List.of();

    @Option(names = "--plugin", paramLabel = "PLUGIN", descriptionKey = "cli.opt.plugin")
    List<String> plugins = List.of();

    @Option(names = "--provider", paramLabel = "PROVIDER", descriptionKey = "cli.opt.provider")
    List<String> providers = List.of();

    @Option(names = "--outcome", paramLabel = "OUTCOME", descriptionKey = "cli.opt.outcome")
    List<String> outcomes = List.of();

    TimeRange range(Instant now, ZoneId zone, Messages messages) {
        return StatsRange.parse(since, until, now, zone, messages);
    }

    UsageFilter filter(Messages messages) {
        Set<Outcome> wanted = new LinkedHashSet<>();
        for (String value : outcomes) {
            wanted.add(switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "ok" -> Outcome.OK;
                case "error" -> Outcome.ERROR;
                case "cancelled", "canceled" -> Outcome.CANCELLED;
                default -> throw new CliUsageException(messages.text("cli.filter.badOutcome", value));
            });
        }
        return new UsageFilter(Set.copyOf(models), Set.copyOf(plugins), Set.copyOf(providers), wanted);
    }
}
