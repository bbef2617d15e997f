package dev.aura.core.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.util.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The plain-JSON side of Ollama's REST API with user-facing error mapping. Short JSON calls go through
 * {@link HttpURLConnection}, which answers a first call in ~80 ms where {@code java.net.http} needs ~300 ms to set up
 * (TLS context, selector thread): that is most of a CLI command's time. Streams use the {@link HttpClient}.
 */
final class OllamaHttp {
    static final ObjectMapper JSON = Json.MAPPER;

    private final OllamaConnection connection;
    private final LazyHttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    OllamaHttp(OllamaConnection connection, Duration connectTimeout, Duration requestTimeout) {
        this.connection = connection;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.client = new LazyHttpClient(connectTimeout);
    }

    /**
     * One JSON request and its parsed answer; non-2xx answers and transport failures become {@link OllamaException}s.
     *
     * @param body             serialized as JSON, or null for none
     * @param modelForNotFound the model a 404 is about, or null
     */
    JsonNode call(String method, String path, Object body, String modelForNotFound) {
        try {
            return callOnce(method, path, body, modelForNotFound);
        } catch (StaleConnection stale) {
            // a kept-alive connection died (Ollama restarted or stopped): a GET is safe to send once more
            if ("GET".equals(method)) {
                try {
                    return callOnce(method, path, body, modelForNotFound);
                } catch (StaleConnection again) {
                    throw transportFailure(base(), again.getCause());
                }
            }
            throw transportFailure(base(), stale.getCause());
        }
    }

    /** A transport failure after the connection was made; the caller decides whether to retry. */
    private static final class StaleConnection extends Exception {
        StaleConnection(IOException cause) {
            super(cause);
        }
    }

    private JsonNode callOnce(String method, String path, Object body, String modelForNotFound)
            throws StaleConnection {
        HttpURLConnection http;
        try {
            http = (HttpURLConnection) uri(path).toURL().openConnection();
            http.setRequestMethod(method);
            http.setConnectTimeout((int) connectTimeout.toMillis());
            http.setReadTimeout((int) requestTimeout.toMillis());
            http.setRequestProperty("Accept", "application/json");
            if (body != null) {
                http.setDoOutput(true);
                http.setRequestProperty("Content-Type", "application/json");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new OllamaException(OllamaException.Kind.UNREACHABLE, 0, "The Ollama URL " + base()
                    + " is not usable (" + e.getMessage() + "). Fix it in Settings or with --ollama-url.", e);
        }
        try {
            try {
                http.connect();
            } catch (java.net.SocketTimeoutException e) {
                throw new OllamaException(OllamaException.Kind.UNREACHABLE, 0, unreachableMessage(base()), e);
            }
            if (body != null) {
                try (var out = http.getOutputStream()) {
                    JSON.writeValue(out, body);
                }
            }
            int status = http.getResponseCode();
            if (status / 100 != 2) {
                throw httpFailure(status, OllamaErrorText.of(readAll(http.getErrorStream())), modelForNotFound);
            }
            String text = readAll(http.getInputStream());
            return text.isBlank() ? JSON.createObjectNode() : parse(text, status);
        } catch (java.net.SocketTimeoutException e) {
            throw transportFailure(base(), new HttpTimeoutException(e.getMessage()));
        } catch (IOException e) {
            if (isConnectFailure(e)) {
                throw transportFailure(base(), e);
            }
            throw new StaleConnection(e);
        }
    }

    private JsonNode parse(String text, int status) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new OllamaException(OllamaException.Kind.PROTOCOL, status,
                    "Ollama at " + base() + " sent an answer Aura cannot read. Check that the URL in Settings points "
                            + "to Ollama and not to another server.", e);
        }
    }

    private static String readAll(java.io.InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    HttpClient client() {
        return client.get();
    }

    URI base() {
        return connection.baseUri();
    }

    /** Appends to the base URL so a base with a path prefix (a reverse proxy) keeps it. */
    URI uri(String path) {
        return URI.create(base().toString().replaceAll("/+$", "") + path);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(requestTimeout).header("Accept", "application/json");
    }

    static HttpRequest.BodyPublisher jsonBody(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException("request body is not serializable", e);
        }
    }

    static OllamaException transportFailure(URI base, Throwable e) {
        if (e instanceof HttpConnectTimeoutException || isConnectFailure(e)) {
            return new OllamaException(OllamaException.Kind.UNREACHABLE, 0, unreachableMessage(base), e);
        }
        if (e instanceof HttpTimeoutException) {
            return new OllamaException(OllamaException.Kind.TIMEOUT, 0, "Ollama at " + base
                    + " did not answer in time. It may be busy loading a model: try again, or restart it with "
                    + "`ollama serve`.", e);
        }
        return new OllamaException(OllamaException.Kind.UNREACHABLE, 0, "The connection to Ollama at " + base
                + " broke (" + e.getMessage() + "). Check that Ollama is still running, then try again.", e);
    }

    static String unreachableMessage(URI base) {
        return "Ollama is not reachable at " + base + ". Start it with `ollama serve`, or change the URL in Settings.";
    }

    static boolean isConnectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException || t instanceof java.net.NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    static OllamaException httpFailure(int status, String ollamaError, String model) {
        if (status == 404 && model != null) {
            return new OllamaException(OllamaException.Kind.NOT_FOUND, status, "The model '" + model
                    + "' is not installed in Ollama. Pull it first (`ollama pull " + model + "`), or pick an "
                    + "installed model.", null);
        }
        if (isDiskFull(ollamaError)) {
            return diskFull(status, model, ollamaError);
        }
        return new OllamaException(OllamaException.Kind.HTTP_ERROR, status, "Ollama answered HTTP " + status + ": "
                + ollamaError + ". Check Ollama's log (`ollama serve` output) and try again.", null);
    }

    static boolean isDiskFull(String ollamaError) {
        return ollamaError != null && ollamaError.toLowerCase(Locale.ROOT).contains("no space left on device");
    }

    static OllamaException diskFull(int status, String model, String ollamaError) {
        return new OllamaException(OllamaException.Kind.HTTP_ERROR, status, "Ollama ran out of disk space while "
                + "downloading '" + model + "'. Free disk space (for example by deleting models you no longer use) "
                + "and pull again. Ollama said: " + ollamaError, null);
    }


    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
