package dev.aura.plugins.api;

import dev.aura.core.AuraCore;
import dev.aura.core.audit.AuditLog;
import dev.aura.core.evals.EvalLog;
import dev.aura.core.events.EventBus;
import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.prompts.PromptLibraries;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.PriceBook;
import dev.aura.core.usage.UsageLog;
import java.util.Locale;

/** The plugin context the host builds over a core: its settings are scoped to "plugins.&lt;id&gt;". */
public record CorePluginContext(
        AuraCore core, PluginDescriptor descriptor, Notifier notifier, Locale locale, boolean hasWindow, LinkOpener links)
        implements PluginContext {

    public CorePluginContext {
        links = links == null ? LinkOpener.NONE : links;
    }

    /** Without a desktop to open links in (the CLI, tests). */
    public CorePluginContext(AuraCore core, PluginDescriptor descriptor, Notifier notifier, Locale locale,
            boolean hasWindow) {
        this(core, descriptor, notifier, locale, hasWindow, LinkOpener.NONE);
    }

    @Override public Store store() { return core.store(); }
    @Override public LlmGateway llm() { return core.llm(); }
    @Override public Embeddings embeddings() { return core.embeddings(); }
    @Override public ModelCatalog models() { return core.models(); }
    @Override public PromptLibraries prompts() { return core.prompts(); }
    @Override public OllamaConnection ollama() { return core.ollama(); }
    @Override public UsageLog usageLog() { return core.usageLog(); }
    @Override public PriceBook prices() { return core.prices(); }
    @Override public AuditLog audit() { return core.audit(); }
    @Override public EvalLog evals() { return core.evals(); }
    @Override public TaskRunner tasks() { return core.tasks(); }
    @Override public EventBus events() { return core.events(); }
    @Override public Settings settings() { return core.settings().scoped("plugins." + descriptor.id()); }
    @Override public AppPaths paths() { return core.paths(); }
}
