package dev.aura.core.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.tasks.JobContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Streams {@code /api/pull}: one NDJSON line per progress update, an error line ends it, cancel closes the stream. */
final class OllamaPull {
    private final OllamaHttp http;

    OllamaPull(OllamaHttp http) {
        this.http = http;
    }

    void run(String name, Consumer<PullProgress> onProgress, JobContext context) {
        HttpRequest request = HttpRequest.newBuilder(http.uri("/api/pull"))
                .header("Content-Type", "application/json")
                .POST(OllamaHttp.jsonBody(Map.of("model", name, "stream", true)))
                .build();
        CompletableFuture<HttpResponse<InputStream>> future =
                http.client().sendAsync(request, StreamingBody.handler());
        AtomicReference<InputStream> body = new AtomicReference<>();
        context.onCancel(() -> {
            future.cancel(true);
            closeQuietly(body.get());
        });
        HttpResponse<InputStream> response = await(future, name, context);
        body.set(response.body());
        if (context.isCancelled()) {
            closeQuietly(response.body());
            throw cancelled(name);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                String text = OllamaErrorText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                throw failure(response.statusCode(), name, text);
            }
            readLines(name, in, onProgress, context);
        } catch (IOException e) {
            if (context.isCancelled()) {
                throw cancelled(name);
            }
            throw OllamaHttp.transportFailure(http.base(), e);
        }
    }

    private void readLines(String name, InputStream in, Consumer<PullProgress> onProgress, JobContext context)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (context.isCancelled()) {
                throw cancelled(name);
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = parse(line);
            if (node.hasNonNull("error")) {
                throw failure(200, name, node.get("error").asText());
            }
            PullProgress progress = new PullProgress(OllamaHttp.text(node, "status"), OllamaHttp.text(node, "digest"),
                    node.path("completed").asLong(0), node.path("total").asLong(0));
            onProgress.accept(progress);
            if ("success".equals(progress.status())) {
                return;
            }
        }
        if (context.isCancelled()) {
            throw cancelled(name);
        }
        throw new OllamaException(OllamaException.Kind.PROTOCOL, 0, "Ollama ended the download of '" + name
                + "' without reporting success. Check that Ollama is still running, then pull again.", null);
    }

    private HttpResponse<InputStream> await(CompletableFuture<HttpResponse<InputStream>> future, String name,
            JobContext context) {
        try {
            return future.get();
        } catch (java.util.concurrent.CancellationException e) {
            throw cancelled(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw cancelled(name);
        } catch (ExecutionException e) {
            if (context.isCancelled()) {
                throw cancelled(name);
            }
            throw OllamaHttp.transportFailure(http.base(), e.getCause());
        }
    }

    private OllamaException failure(int status, String name, String ollamaError) {
        String lower = ollamaError.toLowerCase(Locale.ROOT);
        if (OllamaHttp.isDiskFull(ollamaError)) {
            return OllamaHttp.diskFull(status, name, ollamaError);
        }
        if (lower.contains("file does not exist") || lower.contains("manifest unknown") || lower.contains("not found")) {
            return new OllamaException(OllamaException.Kind.NOT_FOUND, status, "Ollama's library has no model named '"
                    + name + "'. Check the spelling and the tag (for example llama3.2:3b) on ollama.com/library.",
                    null);
        }
        return new OllamaException(OllamaException.Kind.HTTP_ERROR, status, "Downloading '" + name
                + "' failed: " + ollamaError + ". Check Ollama's log and your network, then pull again.", null);
    }

    private static OllamaException cancelled(String name) {
        return new OllamaException(OllamaException.Kind.CANCELLED, 0, "The download of '" + name
                + "' was cancelled. Pull it again to resume where it stopped.", null);
    }

    private static JsonNode parse(String line) {
        try {
            return OllamaHttp.JSON.readTree(line);
        } catch (IOException e) {
            throw new OllamaException(OllamaException.Kind.PROTOCOL, 0, "Ollama sent a progress line Aura cannot "
                    + "read: " + line + ". Check that the URL in Settings points to Ollama.", e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // aborting is best effort
        }
    }
}
