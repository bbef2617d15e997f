package dev.aura.core.prompts;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The prompt libraries of the plugins that provide one (Prompt Cards registers its cards when it starts), seen as
 * one library: the first that knows a reference answers. Empty until a plugin provides one.
 */
public final class PromptLibraries implements PromptLibrary {
    private final List<PromptLibrary> providers = new CopyOnWriteArrayList<>();

    public void provide(PromptLibrary library) {
        providers.add(library);
    }

    public boolean isEmpty() {
        return providers.isEmpty();
    }

    @Override
    public Optional<String> template(String reference) {
        for (PromptLibrary provider : providers) {
            Optional<String> template = provider.template(reference);
            if (template.isPresent()) {
                return template;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<String> references() {
        return providers.stream().flatMap(p -> p.references().stream()).distinct().toList();
    }
}
