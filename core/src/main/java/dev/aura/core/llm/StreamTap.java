package dev.aura.core.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.ollama.StreamingBody;
import dev.aura.core.util.Json;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEvent;
import dev.langchain4j.http.client.sse.ServerSentEventContext;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * The HTTP client langchain4j uses for one attempt of one call. It sends over the shared JDK client (HTTP/1.1) and
 * lets the call see what langchain4j hides: every raw NDJSON line (the final chunk's counts and durations, error
 * lines, garbage), the end of the stream without {@code done}, and a handle to really abort the exchange.
 */
final class StreamTap implements HttpClientBuilder, HttpClient {
    interface Observer {
        void onLine(StreamTap tap, String raw, JsonNode json);

        void onStreamEnded(StreamTap tap);
    }

    private static final ObjectMapper JSON = Json.MAPPER;
    private static final Executor STREAM_READERS = task -> Thread.ofVirtual().name("llm-stream").start(task);

    private final java.net.http.HttpClient jdk;
    private final Observer observer;
    private volatile CompletableFuture<?> exchange;
    private volatile InputStream body;
    private volatile boolean aborted;
    private volatile boolean opened;
    private volatile int httpStatus;
    private volatile String errorBody = "";
    private volatile Throwable transportError;
    private volatile JsonNode finalChunk;

    StreamTap(java.net.http.HttpClient jdk, Observer observer) {
        this.jdk = jdk;
        this.observer = observer;
    }

    // ---- HttpClientBuilder: langchain4j builds "its" client from this; timeouts are the gateway's business ----

    @Override
    public Duration connectTimeout() {
        return jdk.connectTimeout().orElse(null);
    }

    @Override
    public HttpClientBuilder connectTimeout(Duration timeout) {
        return this;
    }

    @Override
    public Duration readTimeout() {
        return null;
    }

    @Override
    public HttpClientBuilder readTimeout(Duration timeout) {
        return this;
    }

    @Override
    public HttpClient build() {
        return this;
    }

    // ---- HttpClient ----

    /** Not used by langchain4j's streaming chat; implemented for completeness over the same JDK client. */
    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        try {
            HttpResponse<String> response = jdk.send(toJdk(request), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new HttpException(response.statusCode(), response.body());
            }
            return SuccessfulHttpResponse.builder().statusCode(response.statusCode())
                    .headers(response.headers().map()).body(response.body()).build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Ollama", e);
        }
    }

    private static java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder jdkRequest = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method().name(), request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(v -> jdkRequest.header(name, v)));
        return jdkRequest.build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        CompletableFuture<HttpResponse<InputStream>> future =
                jdk.sendAsync(toJdk(request), StreamingBody.handler());
        exchange = future;
        if (aborted) {
            future.cancel(true);
        }
        // Reading the stream blocks: do it on a virtual thread, never on the common pool.
        future.whenCompleteAsync((response, error) -> {
            if (error != null) {
                transportError = unwrap(error);
                listener.onError(transportError);
                observer.onStreamEnded(this);
            } else {
                consume(response, parser, listener);
            }
        }, STREAM_READERS);
    }

    private void consume(HttpResponse<InputStream> response, ServerSentEventParser parser,
            ServerSentEventListener listener) {
        body = response.body();
        try (InputStream in = response.body()) {
            if (aborted) {
                return;
            }
            httpStatus = response.statusCode();
            if (httpStatus / 100 != 2) {
                errorBody = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                listener.onError(new HttpException(httpStatus, errorBody));
                return;
            }
            opened = true;
            listener.onOpen(SuccessfulHttpResponse.builder().statusCode(httpStatus)
                    .headers(response.headers().map()).build());
            parser.parse(in, new LineObserver(listener));
            listener.onClose();
        } catch (IOException e) {
            transportError = e;
            listener.onError(e);
        } finally {
            observer.onStreamEnded(this);
        }
    }

    /** Stops the exchange at once: cancels the pending request or closes the open stream (the socket closes). */
    void abort() {
        aborted = true;
        CompletableFuture<?> pending = exchange;
        if (pending != null) {
            pending.cancel(true);
        }
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the stream is being abandoned anyway
            }
        }
    }

    boolean opened() {
        return opened;
    }

    int httpStatus() {
        return httpStatus;
    }

    String errorBody() {
        return errorBody;
    }

    Throwable transportError() {
        return transportError;
    }

    /** The {@code done:true} line with Ollama's counts and durations, or null if none arrived. */
    JsonNode finalChunk() {
        return finalChunk;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Sees each raw line before langchain4j parses it. */
    private final class LineObserver implements ServerSentEventListener {
        private final ServerSentEventListener delegate;

        LineObserver(ServerSentEventListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void onEvent(ServerSentEvent event, ServerSentEventContext context) {
            if (!observe(event)) {
                return;
            }
            delegate.onEvent(event, context);
        }

        @Override
        public void onEvent(ServerSentEvent event) {
            if (!observe(event)) {
                return;
            }
            delegate.onEvent(event);
        }

        /** False when the line must not reach langchain4j (the call already ended or the line is not JSON). */
        private boolean observe(ServerSentEvent event) {
            if (aborted) {
                return false;
            }
            String raw = event.data();
            JsonNode json;
            try {
                json = JSON.readTree(raw);
            } catch (IOException e) {
                json = null;
            }
            if (json != null && json.path("done").asBoolean(false)) {
                finalChunk = json;
            }
            observer.onLine(StreamTap.this, raw, json);
            return json != null && !aborted;
        }

        @Override
        public void onError(Throwable error) {
            transportError = error;
            delegate.onError(error);
        }

        @Override
        public void onClose() {
            delegate.onClose();
        }
    }
}
