package dev.aura.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/chat}, {@code /api/generate} and {@code /api/embed}, played from a {@link ChatScript}. Durations in
 * the final chunk are nanoseconds; {@code eval_duration} is 20 ms per token, so tokens/s is always 50.
 */
final class FakeGeneration {
    static final long EVAL_NANOS_PER_TOKEN = 20_000_000L;
    /** The length of the fake's embedding vectors. */
    static final int EMBEDDING_DIMENSIONS = 64;
    private static final long LOAD_NANOS = 1_500_000L;
    private static final long PROMPT_EVAL_NANOS = 3_000_000L;

    private final FakeOllamaServer server;

    FakeGeneration(FakeOllamaServer server) {
        this.server = server;
    }

    boolean chat(JsonNode body, FakeHttpResponse response, Socket socket, boolean chatApi) throws IOException {
        String model = FakeOllamaHandlers.modelName(body);
        if (!server.installedMap().containsKey(FakeModel.normalize(model))) {
            response.json(404, FakeOllamaHandlers.error("model \"" + model + "\" not found, try pulling it first"));
            return true;
        }
        ChatScript script = server.takeChatScript();
        sleep(script.headerDelay());
        if (script.httpStatus() != 200) {
            response.json(script.httpStatus(), script.errorBody());
            return true;
        }
        server.markRunning(model, Instant.now().plus(Duration.ofMinutes(5)));
        if (!body.path("stream").asBoolean(true)) {
            sleep(script.tokenDelay().multipliedBy(script.tokens().size()));
            response.json(200, finalChunk(model, script, chatApi, script.text()).toString());
            return true;
        }
        try {
            return stream(model, script, response, socket, chatApi);
        } catch (IOException e) {
            server.countClientDisconnect();
            return false;
        }
    }

    private boolean stream(String model, ChatScript script, FakeHttpResponse response, Socket socket, boolean chatApi)
            throws IOException {
        response.startStream();
        for (int i = 0; i <= script.tokens().size(); i++) {
            if (i == script.stallAfter()) {
                awaitClientClose(socket);
                return false;
            }
            if (i == script.disconnectAfter()) {
                return false;
            }
            if (i == script.garbageAfter()) {
                response.line("<html>this is not JSON</html>");
            }
            if (i == script.errorLineAfter()) {
                response.line(FakeOllamaHandlers.error(script.errorMessage()));
                response.endStream();
                return true;
            }
            if (i == script.tokens().size()) {
                break;
            }
            sleep(script.tokenDelay());
            response.line(chunk(model, script.tokens().get(i), chatApi).toString());
        }
        if (!script.endWithoutDone()) {
            response.line(finalChunk(model, script, chatApi, "").toString());
        }
        response.endStream();
        return true;
    }

    /** Sends nothing and waits until the client gives up (EOF) or the server stops. */
    private void awaitClientClose(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            while (in.read() != -1) {
                // a stalled model ignores anything the client sends
            }
            server.countClientDisconnect();
        } catch (SocketException e) {
            if (server.isRunning()) {
                server.countClientDisconnect();
            }
        }
    }

    void embed(JsonNode body, FakeHttpResponse response) throws IOException {
        String model = FakeOllamaHandlers.modelName(body);
        if (!server.installedMap().containsKey(FakeModel.normalize(model))) {
            response.json(404, FakeOllamaHandlers.error("model \"" + model + "\" not found, try pulling it first"));
            return;
        }
        FakeOllamaServer.EmbedFailure failure = server.currentEmbedFailure();
        if (failure != null) {
            response.json(failure.status(), failure.body());
            return;
        }
        JsonNode input = body.path("input");
        ObjectNode root = FakeOllamaServer.JSON.createObjectNode();
        root.put("model", model);
        ArrayNode embeddings = root.putArray("embeddings");
        int promptTokens = 0;
        for (JsonNode item : input.isArray() ? input : FakeOllamaServer.JSON.createArrayNode().add(input)) {
            List<String> words = words(item.asText());
            vector(embeddings.addArray(), words);
            promptTokens += words.size();
        }
        root.put("total_duration", LOAD_NANOS + PROMPT_EVAL_NANOS).put("load_duration", LOAD_NANOS)
                .put("prompt_eval_count", promptTokens);
        response.json(200, root.toString());
    }

    /**
     * A hashed bag of words of unit length: equal texts embed equally, texts sharing words are similar (cosine near
     * the share of common words) and unrelated texts are near 0, since each word adds +1 or -1 to one dimension.
     */
    private static void vector(ArrayNode out, List<String> words) {
        double[] v = new double[EMBEDDING_DIMENSIONS];
        for (String word : words) {
            int hash = word.hashCode() * 0x9E3779B9;
            v[Math.floorMod(hash, v.length)] += (hash >>> 31) == 0 ? 1 : -1;
        }
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (double x : v) {
            out.add(x / norm);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static ObjectNode chunk(String model, String token, boolean chatApi) {
        ObjectNode node = FakeOllamaServer.JSON.createObjectNode();
        node.put("model", model).put("created_at", Instant.now().toString());
        if (chatApi) {
            node.putObject("message").put("role", "assistant").put("content", token);
        } else {
            node.put("response", token);
        }
        node.put("done", false);
        return node;
    }

    private static ObjectNode finalChunk(String model, ChatScript script, boolean chatApi, String content) {
        ObjectNode node = chunk(model, content, chatApi);
        node.put("done", true).put("done_reason", "stop");
        if (!chatApi) {
            node.putArray("context").add(1).add(2).add(3);
        }
        long eval = EVAL_NANOS_PER_TOKEN * script.evalCount();
        node.put("total_duration", LOAD_NANOS + PROMPT_EVAL_NANOS + eval)
                .put("load_duration", LOAD_NANOS)
                .put("prompt_eval_count", script.promptEvalCount())
                .put("prompt_eval_duration", PROMPT_EVAL_NANOS)
                .put("eval_count", script.evalCount())
                .put("eval_duration", eval);
        return node;
    }

    private static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
