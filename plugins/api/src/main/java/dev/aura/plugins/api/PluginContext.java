package dev.aura.plugins.api;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.evals.EvalLog;
import dev.aura.core.events.EventBus;
import dev.aura.core.llm.Embeddings;
import dev.aura.core.llm.LlmGateway;
import dev.aura.core.llm.OllamaEmbeddings;
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

/** What a plugin may use: core services, its own settings scope and notifications. Nothing else. */
public interface PluginContext {
    Store store();

    LlmGateway llm();

    /** Embedding vectors from local embedding models; each call is recorded in the usage log. */
    default Embeddings embeddings() {
        return new OllamaEmbeddings(ollama(), usageLog());
    }

    ModelCatalog models();

    /**
     * Prompts shared between plugins: Prompt Cards provides its cards here, Automation's prompt steps use them.
     * A context without a core (some tests) gets a library of its own.
     */
    default PromptLibraries prompts() {
        return new PromptLibraries();
    }

    OllamaConnection ollama();

    UsageLog usageLog();

    /** The price table analytics and prompt cards price calls with. */
    PriceBook prices();

    /** The hash-chained record of important actions; append to it, never anything else. */
    AuditLog audit();

    /** Evaluation outcomes (prompt card tests per model). */
    EvalLog evals();

    TaskRunner tasks();

    EventBus events();

    /** Settings scoped to "plugins.&lt;id&gt;". */
    Settings settings();

    AppPaths paths();

    Notifier notifier();

    /** The UI language; plugins load their resource bundles with it. */
    Locale locale();

    /** False when running headless from the CLI. */
    boolean hasWindow();

    /** Opens links in the user's browser; {@link LinkOpener#NONE} headless. */
    default LinkOpener links() {
        return LinkOpener.NONE;
    }
}
