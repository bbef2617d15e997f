package dev.aura.core.ollama;

import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.function.Consumer;

/** Ollama's model management REST API: what langchain4j does not cover. All calls block; never on the FX thread. */
public interface ModelCatalog {
    /** {@code GET /api/version}. */
    String version();

    List<InstalledModel> list();

    ModelDetails show(String name);

    /** Streams {@code /api/pull}; returns when Ollama reports success. Cancelling the context aborts the download. */
    void pull(String name, Consumer<PullProgress> onProgress, JobContext context);

    void delete(String name);

    List<RunningModel> running();
}
