package dev.aura.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake speaks Ollama's wire format to any HTTP/1.1 client, not only to Aura's own. */
class FakeOllamaServerTest {
    private final FakeOllamaServer fake = new FakeOllamaServer().addModel("llama3.2:3b").addModel("all-minilm");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        fake.close();
        http.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fake.url() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> lines(String body) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : body.split("\n")) {
            nodes.add(FakeOllamaServer.JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void rootSaysOllamaIsRunning() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(fake.url()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("Ollama is running");
    }

    @Test
    void generateStreamsResponsesAndEndsWithStatistics() throws Exception {
        fake.chatScript(ChatScript.answer("The", " sky"));

        HttpResponse<String> response = post("/api/generate", "{\"model\":\"llama3.2:3b\",\"prompt\":\"Why?\"}");

        assertThat(response.headers().firstValue("content-type")).hasValue("application/x-ndjson");
        List<JsonNode> lines = lines(response.body());
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().limit(2).map(n -> n.path("response").asText()).collect(Collectors.joining()))
                .isEqualTo("The sky");
        JsonNode last = lines.getLast();
        assertThat(last.path("done").asBoolean()).isTrue();
        assertThat(last.path("done_reason").asText()).isEqualTo("stop");
        assertThat(last.path("context").isArray()).isTrue();
        assertThat(last.path("eval_count").asInt()).isEqualTo(2);
        assertThat(last.path("eval_duration").asLong()).isEqualTo(40_000_000L);
        assertThat(last.has("total_duration") && last.has("load_duration") && last.has("prompt_eval_duration")).isTrue();
    }

    @Test
    void chatWithoutStreamingAnswersInOneObject() throws Exception {
        fake.chatScript(ChatScript.answer("Hi", "!"));

        HttpResponse<String> response = post("/api/chat",
                "{\"model\":\"llama3.2:3b\",\"stream\":false,\"messages\":[{\"role\":\"user\",\"content\":\"hey\"}]}");

        JsonNode node = FakeOllamaServer.JSON.readTree(response.body());
        assertThat(node.path("message").path("content").asText()).isEqualTo("Hi!");
        assertThat(node.path("done").asBoolean()).isTrue();
        assertThat(fake.lastRequest("/api/chat").orElseThrow().json().path("stream").asBoolean()).isFalse();
    }

    @Test
    void embedReturnsOneVectorPerInput() throws Exception {
        HttpResponse<String> response = post("/api/embed",
                "{\"model\":\"all-minilm\",\"input\":[\"Why is the sky blue?\",\"Why is the grass green?\"]}");

        JsonNode node = FakeOllamaServer.JSON.readTree(response.body());
        assertThat(node.path("embeddings")).hasSize(2);
        assertThat(node.path("embeddings").get(0)).hasSize(FakeGeneration.EMBEDDING_DIMENSIONS);
        assertThat(node.path("prompt_eval_count").asInt()).isEqualTo(10);
    }

    @Test
    void embeddingsOfTextsSharingWordsAreCloserThanOfUnrelatedTexts() throws Exception {
        JsonNode node = FakeOllamaServer.JSON.readTree(post("/api/embed", "{\"model\":\"all-minilm\",\"input\":"
                + "[\"The sky is blue today\",\"the sky is BLUE today!\",\"The sky is grey today\","
                + "\"Bananas grow on plants\"]}").body());
        JsonNode vectors = node.path("embeddings");

        assertThat(cosine(vectors.get(0), vectors.get(1))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cosine(vectors.get(0), vectors.get(2))).isBetween(0.5, 0.95);
        assertThat(Math.abs(cosine(vectors.get(0), vectors.get(3)))).isLessThan(0.5);
    }

    @Test
    void embeddingsOfAnUnknownModelAnswer404AndScriptedFailuresTheirStatus() throws Exception {
        assertThat(post("/api/embed", "{\"model\":\"nope\",\"input\":\"x\"}").statusCode()).isEqualTo(404);

        fake.failEmbeddings(400, "{\"error\":\"this model does not support embeddings\"}");
        assertThat(post("/api/embed", "{\"model\":\"all-minilm\",\"input\":\"x\"}").statusCode()).isEqualTo(400);
        fake.failEmbeddings(null, null);
        assertThat(post("/api/embed", "{\"model\":\"all-minilm\",\"input\":\"x\"}").statusCode()).isEqualTo(200);
    }

    private static double cosine(JsonNode a, JsonNode b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.size(); i++) {
            dot += a.get(i).asDouble() * b.get(i).asDouble();
            na += a.get(i).asDouble() * a.get(i).asDouble();
            nb += b.get(i).asDouble() * b.get(i).asDouble();
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void unknownModelsAnswer404LikeOllama() throws Exception {
        HttpResponse<String> response = post("/api/chat", "{\"model\":\"nope\",\"messages\":[]}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"model \\\"nope\\\" not found, try pulling it first\"}");
    }

    @Test
    void keepAliveConnectionsServeSeveralRequestsAndSurviveARestartOnTheSamePort() throws Exception {
        int port = fake.port();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/show", "{\"model\":\"llama3.2:3b\"}").statusCode()).isEqualTo(200);
        }
        fake.stop();
        fake.start();

        assertThat(fake.port()).isEqualTo(port);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(fake.url() + "/api/version")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"version\"");
        assertThat(fake.requests("/api/show")).hasSize(3);
    }
}
