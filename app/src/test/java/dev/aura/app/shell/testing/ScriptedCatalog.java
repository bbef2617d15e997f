package dev.aura.app.shell.testing;

import dev.aura.core.ollama.InstalledModel;
import dev.aura.core.ollama.ModelCatalog;
import dev.aura.core.ollama.ModelDetails;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.ollama.OllamaException;
import dev.aura.core.ollama.PullProgress;
import dev.aura.core.ollama.RunningModel;
import dev.aura.core.tasks.JobContext;
import java.util.List;
import java.util.function.Consumer;

/** A catalog whose version() answers {@link #version}, or fails like a refused connection when it is null. */
public final class ScriptedCatalog implements ModelCatalog {
    private final OllamaConnection connection;
    public volatile String version = "0.12.6";

    public ScriptedCatalog(OllamaConnection connection) {
        this.connection = connection;
    }

    @Override
    public String version() {
        String v = version;
        if (v == null) {
            throw new OllamaException(OllamaException.Kind.UNREACHABLE, "Connection refused: " + connection.baseUri());
        }
        return v;
    }

    @Override public List<InstalledModel> list() { return List.of(); }
    @Override public ModelDetails show(String name) { throw new UnsupportedOperationException(); }
    @Override public void pull(String name, Consumer<PullProgress> onProgress, JobContext context) {}
    @Override public void delete(String name) {}
    @Override public List<RunningModel> running() { return List.of(); }
}
