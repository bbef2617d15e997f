package dev.aura.core;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.evals.EvalLog;
import dev.aura.core.events.EventBus;
import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.OllamaEmbeddings;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaHealth;
import dev.aura.core.paths.AppPaths;
import dev.aura.core.prompts.PromptLibraries;
import dev.aura.core.settings.Settings;
import dev.aura.core.store.Store;
import dev.aura.core.tasks.TaskRunner;
import dev.aura.core.usage.PriceBook;
import dev.aura.core.usage.UsageLog;

/**
 * The composition root of core: every service a window, a CLI run or a test needs, built once and closed together.
 * Created by {@code AuraCoreFactory.open(...)}; no static access anywhere.
 */
public record AuraCore(
        AppPaths paths,
        Settings settings,
        Store store,
        EventBus events,
        TaskRunner tasks,
        OllamaConnection ollama,
        ModelCatalog models,
        LlmGateway llm,
        UsageLog usageLog,
        PriceBook prices,
        AuditLog audit,
        EvalLog evals,
        OllamaHealth health,
        Embeddings embeddings,
        PromptLibraries prompts)
        implements AutoCloseable {

    /** With an empty prompt library, filled by the plugins that provide prompts. */
    public AuraCore(AppPaths paths, Settings settings, Store store, EventBus events, TaskRunner tasks,
            OllamaConnection ollama, ModelCatalog models, LlmGateway llm, UsageLog usageLog, PriceBook prices,
            AuditLog audit, EvalLog evals, OllamaHealth health, Embeddings embeddings) {
        this(paths, settings, store, events, tasks, ollama, models, llm, usageLog, prices, audit, evals, health,
                embeddings, new PromptLibraries());
    }

    /** Without an explicit embeddings client: one over the same Ollama connection and usage log. */
    public AuraCore(AppPaths paths, Settings settings, Store store, EventBus events, TaskRunner tasks,
            OllamaConnection ollama, ModelCatalog models, LlmGateway llm, UsageLog usageLog, PriceBook prices,
            AuditLog audit, EvalLog evals, OllamaHealth health) {
        this(paths, settings, store, events, tasks, ollama, models, llm, usageLog, prices, audit, evals, health,
                new OllamaEmbeddings(ollama, usageLog));
    }

    @Override
    public void close() {
        health.close();
        tasks.close();
        if (llm instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(AuraCore.class).warn("Closing the LLM gateway failed", e);
            }
        }
        store.close();
    }
}
