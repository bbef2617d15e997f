package dev.aura.plugins.prompts.eval.template;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import java.util.Map;
import java.util.Set;

/**
 * The variables of one render, placed right under the engine's shared global context (filters, tags, functions).
 * Jinjava's contexts report what they resolve up to their parents; this scope stops those reports, so renders on
 * many threads neither write into the shared global context nor make it grow. Jinjava itself avoids that by copying
 * the global context for every render, which costs more than the render of a small prompt.
 */
public final class RenderScope extends Context {
    public RenderScope(Context global, Map<String, ?> bindings, Map<Library, Set<String>> disabled) {
        super(global, bindings, disabled);
    }

    @Override
    public void addResolvedExpression(String expression) {
        // Dependency tracking for Jinjava's eager mode, which prompts do not use.
    }

    @Override
    public void addResolvedValue(String value) {
        // As above.
    }

    @Override
    public void addResolvedFunction(String function) {
        // As above.
    }

    @Override
    public void addDependency(String type, String identification) {
        // As above.
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
        // As above.
    }
}
