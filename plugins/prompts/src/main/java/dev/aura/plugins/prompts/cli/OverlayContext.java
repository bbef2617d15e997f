package dev.aura.plugins.prompts.cli;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.evals.EvalLog;
import dev.aura.core.events.EventBus;
import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.PriceBook;
import dev.aura.core.usage.UsageLog;
import dev.aura.plugins.api.LinkOpener;
import dev.aura.plugins.api.Notifier;
import dev.aura.plugins.api.PluginContext;
import java.util.Locale;
import java.util.Map;

/** The plugin's context with {@link OverlaySettings}: the same services, settings overridden for one command. */
final class OverlayContext implements PluginContext {
    private final PluginContext context;
    private final Settings settings;

    OverlayContext(PluginContext context, Map<String, String> overrides) {
        this.context = context;
        this.settings = new OverlaySettings(context.settings(), overrides);
    }

    @Override public Store store() { return context.store(); }
    @Override public LlmGateway llm() { return context.llm(); }
    @Override public ModelCatalog models() { return context.models(); }
    @Override public OllamaConnection ollama() { return context.ollama(); }
    @Override public UsageLog usageLog() { return context.usageLog(); }
    @Override public PriceBook prices() { return context.prices(); }
    @Override public AuditLog audit() { return context.audit(); }
    @Override public EvalLog evals() { return context.evals(); }
    @Override public TaskRunner tasks() { return context.tasks(); }
    @Override public EventBus events() { return context.events(); }
    @Override public Settings settings() { return settings; }
    @Override public AppPaths paths() { return context.paths(); }
    @Override public Notifier notifier() { return context.notifier(); }
    @Override public Locale locale() { return context.locale(); }
    @Override public boolean hasWindow() { return context.hasWindow(); }
    @Override public LinkOpener links() { return context.links(); }
    @Override public Embeddings embeddings() { return context.embeddings(); }
}
