package dev.aura.core.ollama;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.tasks.JobContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link ModelCatalog} over Ollama's REST API with the JDK HTTP client (HTTP/1.1). The base URL is read from the
 * {@link OllamaConnection} at every call, so a change in Settings takes effect at once.
 */
public final class OllamaModelCatalog implements ModelCatalog {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final OllamaHttp http;
    private final OllamaPull pull;

    public OllamaModelCatalog(OllamaConnection connection) {
        this(connection, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** @param requestTimeout the wait for an answer of the short calls; a pull has no overall limit */
    public OllamaModelCatalog(OllamaConnection connection, Duration connectTimeout, Duration requestTimeout) {
        this.http = new OllamaHttp(connection, connectTimeout, requestTimeout);
        this.pull = new OllamaPull(http);
    }

    @Override
    public String version() {
        return OllamaHttp.text(http.call("GET", "/api/version", null, null), "version");
    }

    @Override
    public List<InstalledModel> list() {
        JsonNode root = http.call("GET", "/api/tags", null, null);
        List<InstalledModel> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            JsonNode d = m.path("details");
            models.add(new InstalledModel(
                    name(m),
                    m.path("size").asLong(),
                    OllamaHttp.text(m, "digest"),
                    OllamaHttp.instant(m, "modified_at"),
                    OllamaHttp.text(d, "family"),
                    OllamaHttp.text(d, "parameter_size"),
                    OllamaHttp.text(d, "quantization_level"),
                    OllamaHttp.text(d, "format")));
        }
        return List.copyOf(models);
    }

    @Override
    public ModelDetails show(String name) {
        JsonNode m = http.call("POST", "/api/show", Map.of("model", name), name);
        JsonNode d = m.path("details");
        List<String> capabilities = new ArrayList<>();
        m.path("capabilities").forEach(c -> capabilities.add(c.asText()));
        Map<String, Object> modelInfo = m.path("model_info").isObject()
                ? OllamaHttp.JSON.convertValue(m.get("model_info"), new TypeReference<Map<String, Object>>() {})
                : Map.of();
        return new ModelDetails(
                name,
                OllamaHttp.text(d, "family"),
                OllamaHttp.text(d, "parameter_size"),
                OllamaHttp.text(d, "quantization_level"),
                OllamaHttp.text(d, "format"),
                OllamaHttp.text(m, "license"),
                OllamaHttp.text(m, "modelfile"),
                OllamaHttp.text(m, "parameters"),
                OllamaHttp.text(m, "template"),
                OllamaHttp.text(m, "system"),
                List.copyOf(capabilities),
                modelInfo,
                OllamaHttp.instant(m, "modified_at"));
    }

    @Override
    public void pull(String name, Consumer<PullProgress> onProgress, JobContext context) {
        pull.run(name, onProgress, context);
    }

    @Override
    public void delete(String name) {
        http.call("DELETE", "/api/delete", Map.of("model", name), name);
    }

    @Override
    public List<RunningModel> running() {
        JsonNode root = http.call("GET", "/api/ps", null, null);
        List<RunningModel> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            JsonNode d = m.path("details");
            models.add(new RunningModel(
                    name(m),
                    m.path("size").asLong(),
                    m.path("size_vram").asLong(),
                    OllamaHttp.instant(m, "expires_at"),
                    OllamaHttp.text(d, "parameter_size"),
                    OllamaHttp.text(d, "quantization_level"),
                    m.path("context_length").asLong()));
        }
        return List.copyOf(models);
    }

    private static String name(JsonNode m) {
        String name = OllamaHttp.text(m, "name");
        return name.isEmpty() ? OllamaHttp.text(m, "model") : name;
    }
}
