package dev.aura.plugins.analytics.model;

import dev.aura.core.usage.Outcome;
import java.util.HashSet;
import java.util.Set;

/** Which calls count: an empty set means "any". {@code sources} are plugin ids ("chat", "prompts", ...). */
public record UsageFilter(Set<String> models, Set<String> sources, Set<String> providers, Set<Outcome> outcomes) {
    public static final UsageFilter ALL = new UsageFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public UsageFilter {
        models = Set.copyOf(models);
        sources = Set.copyOf(sources);
        providers = Set.copyOf(providers);
        outcomes = Set.copyOf(outcomes);
    }

    public boolean matches(String provider, String model, String source, Outcome outcome) {
        return (models.isEmpty() || models.contains(model))
                && (sources.isEmpty() || sources.contains(source))
                && (providers.isEmpty() || providers.contains(provider))
                && (outcomes.isEmpty() || outcomes.contains(outcome));
    }

    public boolean isAll() {
        return models.isEmpty() && sources.isEmpty() && providers.isEmpty() && outcomes.isEmpty();
    }

    public UsageFilter withModels(Set<String> value) {
        return new UsageFilter(value, sources, providers, outcomes);
    }

    public UsageFilter withSources(Set<String> value) {
        return new UsageFilter(models, value, providers, outcomes);
    }

    public UsageFilter withProviders(Set<String> value) {
        return new UsageFilter(models, sources, value, outcomes);
    }

    public UsageFilter withOutcomes(Set<Outcome> value) {
        return new UsageFilter(models, sources, providers, value);
    }

    /** Adds {@code model} if absent, removes it if present: clicking a chart's series toggles it. */
    public UsageFilter toggleModel(String model) {
        Set<String> next = new HashSet<>(models);
        if (!next.remove(model)) {
            next.add(model);
        }
        return withModels(next);
    }
}
