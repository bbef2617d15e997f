package dev.aura.core.ollama;

import java.net.URI;
import java.time.Instant;

/** What the health monitor last saw; published on the event bus when it changes. */
public record OllamaStatus(URI url, boolean reachable, String version, int modelCount, String error, Instant checkedAt) {
    public static OllamaStatus unknown(URI url) {
        return new OllamaStatus(url, false, "", 0, "not checked yet", Instant.EPOCH);
    }
}
