package dev.aura.plugins.models;

import dev.aura.core.audit.AuditLog;
import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.core.ollama.PullProgress;
import dev.aura.core.ollama.RunningModel;
import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog the panel and {@code aura models} use: a finished pull ({@code model.pulled}) and a deletion
 * ({@code model.deleted}) are recorded in the audit log once Ollama confirms them. Both already run off the FX
 * thread. A failed append is logged and never fails the action, which has happened.
 */
public final class AuditedModelCatalog implements ModelCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedModelCatalog.class);

    private final ModelCatalog catalog;
    private final AuditLog audit;

    public AuditedModelCatalog(ModelCatalog catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @Override
    public String version() {
        return catalog.version();
    }

    @Override
    public List<InstalledModel> list() {
        return catalog.list();
    }

    @Override
    public ModelDetails show(String name) {
        return catalog.show(name);
    }

    @Override
    public void pull(String name, Consumer<PullProgress> onProgress, JobContext context) {
        catalog.pull(name, onProgress, context);
        record("model.pulled", name);
    }

    @Override
    public void delete(String name) {
        catalog.delete(name);
        record("model.deleted", name);
    }

    @Override
    public List<RunningModel> running() {
        return catalog.running();
    }

    private void record(String action, String model) {
        try {
            audit.append(action, model, Map.of("provider", "ollama"));
        } catch (RuntimeException e) {
            LOG.warn("Could not audit {} of {}", action, model, e);
        }
    }
}
