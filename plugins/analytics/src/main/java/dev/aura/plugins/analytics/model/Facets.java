package dev.aura.plugins.analytics.model;

import java.util.List;

/** The values that occur in a range, sorted, for the filter menus (the filter itself does not narrow them). */
public record Facets(List<String> models, List<String> sources, List<String> providers) {
    public static final Facets NONE = new Facets(List.of(), List.of(), List.of());

    public Facets {
        models = List.copyOf(models);
        sources = List.copyOf(sources);
        providers = List.copyOf(providers);
    }
}
