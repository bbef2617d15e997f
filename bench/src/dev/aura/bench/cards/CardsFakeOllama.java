package dev.aura.bench.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Ollama for the cards benchmark, in a JVM of its own: one listener on 127.0.0.1 per delay given, each
 * waiting that many milliseconds before the first chunk of every chat answer. Answers come from {@link BenchAnswers}
 * (a function of the last user message), streamed word by word as Ollama's NDJSON, or as one object when the
 * request says {@code "stream": false}. {@code GET /bench/count} tells how many chat calls were answered and the
 * most that were in flight at once since the last {@code POST /bench/reset}.
 * {@code java ... CardsFakeOllama 0 50} prints {@code FAKE_OLLAMA delay=0 url=http://127.0.0.1:PORT} per listener and
 * serves until stdin closes.
 */
public final class CardsFakeOllama {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = CardsConfigGenerator.MODEL + ":latest";

    private final long delayMs;
    private final AtomicLong chats = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private CardsFakeOllama(long delayMs) {
        this.delayMs = delayMs;
    }

    public static void main(String[] args) throws Exception {
        // as Go's net/http in the real Ollama: without it Nagle holds each streamed chunk for the client's delayed ACK
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<HttpServer> servers = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"0"} : args) {
            CardsFakeOllama fake = new CardsFakeOllama(Long.parseLong(arg));
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", fake::handle);
            server.start();
            servers.add(server);
            System.out.println("FAKE_OLLAMA delay=" + arg + " url=http://127.0.0.1:" + server.getAddress().getPort());
        }
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until stdin closes
        }
        servers.forEach(s -> s.stop(0));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (route) {
                case "GET /", "HEAD /" -> send(exchange, 200, "text/plain; charset=utf-8", "Ollama is running");
                case "GET /api/version" -> send(exchange, 200, "application/json", "{\"version\":\"0.12.6\"}");
                case "GET /api/tags" -> send(exchange, 200, "application/json", tags());
                case "GET /api/ps" -> send(exchange, 200, "application/json", "{\"models\":[]}");
                case "POST /api/show" -> send(exchange, 200, "application/json", show());
                case "POST /api/chat" -> generate(exchange, JSON.readTree(body), true);
                case "POST /api/generate" -> generate(exchange, JSON.readTree(body), false);
                case "GET /bench/count" -> send(exchange, 200, "application/json", "{\"chats\":" + chats.get()
                        + ",\"maxInFlight\":" + maxInFlight.get() + "}");
                case "POST /bench/reset" -> {
                    maxInFlight.set(0);
                    send(exchange, 200, "application/json", "{}");
                }
                default -> send(exchange, 404, "application/json", "{\"error\":\"404 page not found\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void generate(HttpExchange exchange, JsonNode request, boolean chat) throws IOException, InterruptedException {
        String prompt = chat ? lastUserMessage(request) : request.path("prompt").asText("");
        String model = request.path("model").asText(MODEL);
        String answer = BenchAnswers.answer(prompt);
        long start = System.nanoTime();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            answer(exchange, request, chat, model, prompt, answer, start);
        } finally {
            inFlight.decrementAndGet();
        }
        chats.incrementAndGet();
    }

    private void answer(HttpExchange exchange, JsonNode request, boolean chat, String model, String prompt,
            String answer, long start) throws IOException, InterruptedException {
        if (delayMs > 0) {
            Thread.sleep(delayMs);
        }
        String[] words = answer.split("(?<= )");
        int promptTokens = prompt.split("\\s+").length;
        if (!request.path("stream").asBoolean(true)) {
            ObjectNode done = doneChunk(model, chat, answer, promptTokens, words.length, start);
            send(exchange, 200, "application/json", done.toString());
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String word : words) {
                out.write((chunk(model, chat, word).toString() + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write((doneChunk(model, chat, "", promptTokens, words.length, start) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.close();
        }
    }

    private static String lastUserMessage(JsonNode request) {
        String last = "";
        for (JsonNode message : request.path("messages")) {
            if ("user".equals(message.path("role").asText())) {
                last = message.path("content").asText("");
            }
        }
        return last;
    }

    private static ObjectNode chunk(String model, boolean chat, String text) {
        ObjectNode node = JSON.createObjectNode().put("model", model).put("created_at", Instant.now().toString());
        if (chat) {
            node.putObject("message").put("role", "assistant").put("content", text);
        } else {
            node.put("response", text);
        }
        return node.put("done", false);
    }

    private static ObjectNode doneChunk(String model, boolean chat, String text, int promptTokens, int outputTokens,
            long startNanos) {
        long total = System.nanoTime() - startNanos;
        return chunk(model, chat, text).put("done", true).put("done_reason", "stop").put("total_duration", total)
                .put("load_duration", 1_000_000).put("prompt_eval_count", promptTokens)
                .put("prompt_eval_duration", 2_000_000).put("eval_count", outputTokens)
                .put("eval_duration", Math.max(1, total - 3_000_000));
    }

    private static String tags() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode m = root.putArray("models").addObject();
        m.put("name", MODEL).put("model", MODEL).put("modified_at", "2026-11-01T00:00:00Z").put("size", 2_019_393_189L)
                .put("digest", "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72");
        m.set("details", details());
        return root.toString();
    }

    private static String show() {
        ObjectNode root = JSON.createObjectNode().put("license", "").put("modelfile", "FROM " + MODEL + "\n")
                .put("parameters", "").put("template", "{{ .Prompt }}").put("system", "");
        root.set("details", details());
        root.putObject("model_info").put("general.architecture", "llama").put("llama.context_length", 131072);
        root.putArray("capabilities").add("completion");
        return root.toString();
    }

    private static ObjectNode details() {
        ObjectNode d = JSON.createObjectNode().put("parent_model", "").put("format", "gguf").put("family", "llama");
        d.putArray("families").add("llama");
        return d.put("parameter_size", "3.2B").put("quantization_level", "Q4_K_M");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
