package dev.aura.core.ollama;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * An HTTP/1.1 client built on first use: building one costs ~200 ms (TLS setup, selector thread), which a window
 * start or a CLI command that never calls Ollama should not pay.
 */
public final class LazyHttpClient {
    private final Duration connectTimeout;
    private volatile HttpClient client;

    public LazyHttpClient(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public HttpClient get() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    // Ollama speaks HTTP/1.1 only; the JDK's default h2c upgrade attempt just costs a round trip.
                    c = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(connectTimeout)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** Closes connections now if the client was ever built; stalled streams are not waited for. */
    public void shutdownNow() {
        HttpClient c = client;
        if (c != null) {
            c.shutdownNow();
        }
    }
}
