package dev.aura.core.ollama;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The Ollama base URL every Ollama client in core reads; changing it in Settings takes effect at once. */
public final class OllamaConnection {
    public static final URI DEFAULT = URI.create("http://127.0.0.1:11434");

    private final AtomicReference<URI> baseUri;

    public OllamaConnection(URI baseUri) {
        this.baseUri = new AtomicReference<>(Objects.requireNonNull(baseUri));
    }

    public URI baseUri() {
        return baseUri.get();
    }

    public void setBaseUri(URI uri) {
        baseUri.set(Objects.requireNonNull(uri));
    }

    /**
     * Picks the URL: an explicit option wins, then {@code OLLAMA_HOST}, then the saved setting, then the default.
     * Accepts Ollama's own {@code OLLAMA_HOST} forms: "host", "host:port", "0.0.0.0", "http://host:port".
     */
    public static URI resolve(String explicit, Map<String, String> env, String saved) {
        for (String candidate : new String[] {explicit, env.get("OLLAMA_HOST"), saved}) {
            if (candidate != null && !candidate.isBlank()) {
                return normalize(candidate.strip());
            }
        }
        return DEFAULT;
    }

    static URI normalize(String value) {
        String v = value.contains("://") ? value : "http://" + value;
        URI uri = URI.create(v);
        String host = uri.getHost() == null || uri.getHost().equals("0.0.0.0") ? "127.0.0.1" : uri.getHost();
        int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 11434) : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return URI.create(uri.getScheme() + "://" + host + ":" + port + path);
    }
}
