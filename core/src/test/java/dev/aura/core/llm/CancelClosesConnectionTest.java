package dev.aura.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cancelled call hangs up on Ollama whatever stage it is in, so Ollama stops generating for nobody; and a call is
 * one request, whatever the fake answers the next one with.
 */
class CancelClosesConnectionTest {
    private static final String MODEL = "llama3.2:3b";

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(MODEL);
    private final OllamaLlmGateway gateway = new OllamaLlmGateway(new OllamaConnection(fake.url()),
            new InMemoryUsageLog(), GatewayOptions.defaults().withStallTimeout(Duration.ofSeconds(30))
                    .withFirstTokenTimeout(Duration.ofSeconds(30)).withRetries(3, Duration.ofMillis(10)));

    @AfterEach
    void tearDown() {
        gateway.close();
        fake.close();
    }

    private static ChatRequest ask() {
        return ChatRequest.of("chat", MODEL, List.of(LlmMessage.user("Say hello")));
    }

    private StreamHandle startAndWaitForTheRequest() throws InterruptedException {
        StreamHandle handle = gateway.stream(ask(), new StreamListener() {});
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fake.requests("/api/chat").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(fake.requests("/api/chat")).hasSize(1);
        return handle;
    }

    @Test
    void cancellingWhileTheModelLoadsClosesTheConnection() throws Exception {
        fake.chatScript(ChatScript.answer("late").withHeaderDelay(Duration.ofMillis(300)).withStallAfter(0));
        StreamHandle handle = startAndWaitForTheRequest();

        handle.cancel();

        assertThat(OllamaLlmGatewayTest.failure(handle).kind()).isEqualTo(LlmException.Kind.CANCELLED);
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void cancellingBeforeTheFirstTokenClosesTheConnection() throws Exception {
        fake.chatScript(ChatScript.answer("never").withStallAfter(0));
        StreamHandle handle = startAndWaitForTheRequest();

        handle.cancel();

        assertThat(OllamaLlmGatewayTest.failure(handle).kind()).isEqualTo(LlmException.Kind.CANCELLED);
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aQueuedAnswerBeforeAStallingScriptIsOneRequestPerCall() throws Exception {
        fake.chatScript(ChatScript.answer("stuck").withStallAfter(0)).enqueueChat(ChatScript.answer("a", "b"));

        assertThat(gateway.chat(ask()).text()).isEqualTo("ab");
        assertThat(fake.requests("/api/chat")).hasSize(1);
        StreamHandle second = gateway.stream(ask(), new StreamListener() {});
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fake.requests("/api/chat").size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        second.cancel();

        assertThat(OllamaLlmGatewayTest.failure(second).kind()).isEqualTo(LlmException.Kind.CANCELLED);
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
        assertThat(fake.requests("/api/chat")).hasSize(2);
    }
}
