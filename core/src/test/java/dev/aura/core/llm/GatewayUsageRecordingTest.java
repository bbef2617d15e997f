package dev.aura.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.store.H2Store;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.usage.JdbiUsageLog;
import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.UsageRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayUsageRecordingTest {
    private static final String MODEL = "llama3.2:3b";

    @TempDir
    Path dir;

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(MODEL);
    private H2Store db;
    private JdbiUsageLog usage;
    private OllamaLlmGateway gateway;

    @BeforeEach
    void open() {
        db = H2Store.open(dir.resolve("aura"));
        usage = new JdbiUsageLog(db.jdbi());
        gateway = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
                GatewayOptions.defaults().withStallTimeout(Duration.ofMillis(300)).withRetries(1, Duration.ZERO));
    }

    @AfterEach
    void close() {
        gateway.close();
        fake.close();
        db.close();
    }

    @Test
    void aFinishedCallIsRecordedWithOllamasTokenCounts() {
        fake.chatScript(ChatScript.answer("a", "b", "c", "d").withPromptEvalCount(31));

        ChatResult result = gateway.chat(ChatRequest.of("prompts", MODEL, List.of(LlmMessage.user("hi"))));

        assertThat(result.promptTokens()).isEqualTo(31);
        assertThat(result.outputTokens()).isEqualTo(4);
        assertThat(result.tokensPerSecond()).isEqualTo(50.0);
        assertThat(result.totalDuration()).isEqualTo(Duration.ofNanos(1_500_000 + 3_000_000 + 80_000_000));
        UsageRecord record = usage.recent(1).getFirst();
        assertThat(record.outcome()).isEqualTo(Outcome.OK);
        assertThat(record.provider()).isEqualTo("ollama");
        assertThat(record.model()).isEqualTo(MODEL);
        assertThat(record.source()).isEqualTo("prompts");
        assertThat(record.promptTokens()).isEqualTo(31);
        assertThat(record.outputTokens()).isEqualTo(4);
        assertThat(record.tokensPerSecond()).isEqualTo(50.0);
        assertThat(record.timeToFirstTokenMs()).isNotNull().isLessThanOrEqualTo(record.latencyMs());
        assertThat(record.error()).isNull();
    }

    @Test
    void failedAndCancelledCallsAreRecordedToo() throws Exception {
        fake.enqueueChat(ChatScript.answer().withHttpError(500, "{\"error\":\"out of memory\"}"));
        fake.enqueueChat(ChatScript.answer("x", "y", "z").withStallAfter(2));
        try {
            gateway.chat(ChatRequest.of("chat", MODEL, List.of(LlmMessage.user("hi"))));
        } catch (LlmException expected) {
            // recorded below
        }
        CountDownLatch twoTokens = new CountDownLatch(2);
        StreamHandle handle = gateway.stream(ChatRequest.of("chat", MODEL, List.of(LlmMessage.user("hi"))),
                new StreamListener() {
                    @Override
                    public void onToken(String text) {
                        twoTokens.countDown();
                    }
                });
        assertThat(twoTokens.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        OllamaLlmGatewayTest.failure(handle);

        List<UsageRecord> records = usage.recent(10);
        assertThat(records).extracting(UsageRecord::outcome).containsExactlyInAnyOrder(Outcome.ERROR, Outcome.CANCELLED);
        assertThat(records).filteredOn(r -> r.outcome() == Outcome.ERROR).singleElement()
                .satisfies(r -> assertThat(r.error()).contains("HTTP_ERROR").contains("out of memory"));
        assertThat(records).filteredOn(r -> r.outcome() == Outcome.CANCELLED).singleElement()
                .satisfies(r -> assertThat(r.outputTokens()).isEqualTo(2));
    }

    @Test
    void parametersAndImagesReachOllama() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        ModelParameters parameters = new ModelParameters(0.2, 0.9, 8192, 42, "10m", 128);
        ChatRequest request = new ChatRequest("chat", "ollama", MODEL, List.of(
                LlmMessage.system("Be brief."),
                new LlmMessage(Role.USER, "What is this?", List.of(png))), parameters);

        gateway.chat(request);

        JsonNode body = fake.lastRequest("/api/chat").orElseThrow().json();
        assertThat(body.path("model").asText()).isEqualTo(MODEL);
        assertThat(body.path("stream").asBoolean()).isTrue();
        JsonNode options = body.path("options");
        assertThat(options.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(options.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(options.path("num_ctx").asInt()).isEqualTo(8192);
        assertThat(options.path("seed").asInt()).isEqualTo(42);
        assertThat(options.path("num_predict").asInt()).isEqualTo(128);
        assertThat(body.path("keep_alive").asInt()).isEqualTo(600);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("images").get(0).asText())
                .isEqualTo(Base64.getEncoder().encodeToString(png));
    }

    @Test
    void aFinishedCallRecordsItsParametersAndOllamasOwnTimings() {
        fake.chatScript(ChatScript.answer("a", "b", "c", "d"));
        ModelParameters parameters = new ModelParameters(0.2, null, 4096, 7, null, null);

        gateway.chat(new ChatRequest("chat", "ollama", MODEL, List.of(LlmMessage.user("hi")), parameters));

        UsageRecord record = usage.recent(1).getFirst();
        assertThat(record.errorKind()).isNull();
        assertThat(record.parameters()).isEqualTo("{\"temperature\":0.2,\"num_ctx\":4096,\"seed\":7}");
        assertThat(record.loadMs()).isEqualTo(1);
        assertThat(record.promptEvalMs()).isEqualTo(3);
        assertThat(record.evalMs()).isEqualTo(80);
    }

    @Test
    void failedAndCancelledCallsRecordTheirErrorKind() throws Exception {
        fake.enqueueChat(ChatScript.answer().withHttpError(500, "{\"error\":\"out of memory\"}"));
        fake.enqueueChat(ChatScript.answer("x", "y", "z").withStallAfter(1));
        for (int i = 0; i < 2; i++) {
            try {
                gateway.chat(ChatRequest.of("chat", MODEL, List.of(LlmMessage.user("hi"))));
            } catch (LlmException expected) {
                // recorded below
            }
        }
        CountDownLatch firstToken = new CountDownLatch(1);
        fake.enqueueChat(ChatScript.answer("x", "y", "z").withTokenDelay(Duration.ofMillis(200)));
        StreamHandle handle = gateway.stream(ChatRequest.of("chat", MODEL, List.of(LlmMessage.user("hi"))),
                new StreamListener() {
                    @Override
                    public void onToken(String text) {
                        firstToken.countDown();
                    }
                });
        assertThat(firstToken.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        OllamaLlmGatewayTest.failure(handle);

        List<UsageRecord> records = usage.recent(10);
        assertThat(records).extracting(UsageRecord::errorKind)
                .containsExactlyInAnyOrder("HTTP_ERROR", "STALLED", "CANCELLED");
        assertThat(records).allSatisfy(r -> {
            assertThat(r.error()).startsWith(r.errorKind() + ": ");
            assertThat(r.parameters()).isEqualTo("{}");
            assertThat(r.loadMs()).isNull();
        });
    }
}
