package dev.aura.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class OllamaLlmGatewayTest {
    private static final String MODEL = "llama3.2:3b";

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(MODEL);
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaLlmGateway gateway = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
            GatewayOptions.defaults().withStallTimeout(Duration.ofMillis(300)).withRetries(3, Duration.ofMillis(20)));

    @AfterEach
    void tearDown() {
        gateway.close();
        fake.close();
    }

    private static ChatRequest ask(String model) {
        return ChatRequest.of("chat", model, List.of(LlmMessage.user("Say hello")));
    }

    @Test
    void tokensArriveBeforeTheAnswerIsComplete() {
        fake.chatScript(ChatScript.answer("Hello", " there", "!").withTokenDelay(Duration.ofMillis(30)));
        AtomicBoolean completedBeforeFirstToken = new AtomicBoolean(true);
        AtomicBoolean completed = new AtomicBoolean();
        List<String> tokens = new CopyOnWriteArrayList<>();

        ChatResult result = gateway.stream(ask(MODEL), new StreamListener() {
            @Override
            public void onToken(String text) {
                if (tokens.isEmpty()) {
                    completedBeforeFirstToken.set(completed.get());
                }
                tokens.add(text);
            }

            @Override
            public void onComplete(ChatResult r) {
                completed.set(true);
            }
        }).result().join();

        assertThat(completedBeforeFirstToken).isFalse();
        assertThat(tokens).containsExactly("Hello", " there", "!");
        assertThat(result.text()).isEqualTo("Hello there!");
        assertThat(result.doneReason()).isEqualTo("stop");
        assertThat(completed).isTrue();
    }

    @Test
    void aStalledStreamEndsAsStalledWithThePartialText() throws Exception {
        fake.chatScript(ChatScript.answer("Hello", " from", " a", " stall").withStallAfter(2));
        long start = System.nanoTime();

        LlmException error = failure(gateway.stream(ask(MODEL), new StreamListener() {}));

        assertThat(error.kind()).isEqualTo(LlmException.Kind.STALLED);
        assertThat(error.partialText()).isEqualTo("Hello from");
        assertThat(error.getMessage()).contains("stopped answering");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void ollamaDownIsUnreachableWithTheServeHint() {
        fake.stop();

        assertThatThrownBy(() -> gateway.chat(ask(MODEL)))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.UNREACHABLE))
                .hasMessage("Ollama is not reachable at " + fake.url()
                        + ". Start it with `ollama serve`, or change the URL in Settings.");
    }

    @Test
    void connectionFailuresBeforeTheFirstTokenAreRetried() throws Exception {
        try (OllamaLlmGateway patient = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
                GatewayOptions.defaults().withRetries(6, Duration.ofMillis(100)))) {
            fake.stop();
            StreamHandle handle = patient.stream(ask(MODEL), new StreamListener() {});
            Thread.sleep(150);
            fake.start();

            assertThat(handle.result().get(10, TimeUnit.SECONDS).text()).isEqualTo("Hello from fake Ollama.");
        }
    }

    @Test
    void anHttpErrorSurfacesOllamasErrorText() {
        fake.chatScript(ChatScript.answer().withHttpError(500,
                "{\"error\":\"llama runner process has terminated: signal: killed\"}"));

        assertThatThrownBy(() -> gateway.chat(ask(MODEL)))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.HTTP_ERROR))
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("llama runner process has terminated: signal: killed");
    }

    @Test
    void aModelThatIsNotInstalledSaysToPullIt() {
        assertThatThrownBy(() -> gateway.chat(ask("mistral:7b")))
                .isInstanceOfSatisfying(LlmException.class,
                        e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.MODEL_NOT_FOUND))
                .hasMessageContaining("mistral:7b")
                .hasMessageContaining("ollama pull mistral:7b");
    }

    @RepeatedTest(20) // the tokens just before an abrupt close must never be lost
    void aDisconnectMidStreamEndsAsDisconnectedWithThePartialText() {
        fake.chatScript(ChatScript.answer("Hello", " from", " nowhere").withDisconnectAfter(2));

        LlmException error = failure(gateway.stream(ask(MODEL), new StreamListener() {}));

        assertThat(error.kind()).isEqualTo(LlmException.Kind.DISCONNECTED);
        assertThat(error.partialText()).isEqualTo("Hello from");
    }

    @Test
    void aStreamThatEndsWithoutDoneIsReportedAsDisconnected() {
        fake.chatScript(ChatScript.answer("All", " of", " it").withEndWithoutDone());

        LlmException error = failure(gateway.stream(ask(MODEL), new StreamListener() {}));

        assertThat(error.kind()).isEqualTo(LlmException.Kind.DISCONNECTED);
        assertThat(error.partialText()).isEqualTo("All of it");
    }

    @Test
    void aModelThatNeverStartsAnsweringEndsAsStalled() {
        fake.chatScript(ChatScript.answer("late").withHeaderDelay(Duration.ofSeconds(3)));
        try (OllamaLlmGateway impatient = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
                GatewayOptions.defaults().withFirstTokenTimeout(Duration.ofMillis(200)))) {

            LlmException error = failure(impatient.stream(ask(MODEL), new StreamListener() {}));

            assertThat(error.kind()).isEqualTo(LlmException.Kind.STALLED);
            assertThat(error.getMessage()).contains("did not start answering");
            assertThat(error.partialText()).isEmpty();
        }
    }

    @Test
    void anErrorLineInsideTheStreamEndsTheCallWithOllamasText() {
        fake.chatScript(ChatScript.answer("Hello", " world").withErrorLineAfter(1, "an error was encountered while running the model: unexpected EOF"));

        LlmException error = failure(gateway.stream(ask(MODEL), new StreamListener() {}));

        assertThat(error.kind()).isEqualTo(LlmException.Kind.HTTP_ERROR);
        assertThat(error.getMessage()).contains("unexpected EOF");
        assertThat(error.partialText()).isEqualTo("Hello");
    }

    @Test
    void aGarbageLineEndsTheCallWithAClearError() {
        fake.chatScript(ChatScript.answer("Hello", " world").withGarbageAfter(1));

        LlmException error = failure(gateway.stream(ask(MODEL), new StreamListener() {}));

        assertThat(error.kind()).isEqualTo(LlmException.Kind.OTHER);
        assertThat(error.getMessage()).contains("cannot read").contains("Settings");
    }

    @Test
    void cancellingStopsTheStreamAndKeepsThePartialText() throws Exception {
        fake.chatScript(ChatScript.answer("One", " two", " three").withStallAfter(2));
        CountDownLatch twoTokens = new CountDownLatch(2);
        List<LlmException> errors = new CopyOnWriteArrayList<>();
        StreamHandle handle = gateway.stream(ask(MODEL), new StreamListener() {
            @Override
            public void onToken(String text) {
                twoTokens.countDown();
            }

            @Override
            public void onError(LlmException error) {
                errors.add(error);
            }
        });
        assertThat(twoTokens.await(5, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        LlmException error = failure(handle);
        assertThat(error.kind()).isEqualTo(LlmException.Kind.CANCELLED);
        assertThat(error.partialText()).isEqualTo("One two");
        assertThat(errors).containsExactly(error);
        assertThat(fake.awaitClientDisconnects(1, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void callsBeyondTheConcurrencyLimitWaitForAFreeSlot() throws Exception {
        try (OllamaLlmGateway single = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
                GatewayOptions.defaults().withMaxConcurrentCalls(1))) {
            fake.enqueueChat(ChatScript.answer("first", " never", " ends").withStallAfter(1));
            CountDownLatch firstToken = new CountDownLatch(1);
            StreamHandle first = single.stream(ask(MODEL), new StreamListener() {
                @Override
                public void onToken(String text) {
                    firstToken.countDown();
                }
            });
            assertThat(firstToken.await(5, TimeUnit.SECONDS)).isTrue();

            StreamHandle second = single.stream(ask(MODEL), new StreamListener() {});
            Thread.sleep(200);
            assertThat(fake.requests("/api/chat")).hasSize(1);
            assertThat(second.result()).isNotDone();

            first.cancel();
            assertThat(second.result().get(5, TimeUnit.SECONDS).text()).isEqualTo("Hello from fake Ollama.");
        }
    }

    @Test
    void askingForMoreConcurrentCallsRaisesTheLimitButNeverLowersIt() throws Exception {
        try (OllamaLlmGateway single = new OllamaLlmGateway(new OllamaConnection(fake.url()), usage,
                GatewayOptions.defaults().withMaxConcurrentCalls(1))) {
            single.allowConcurrentCalls(3);
            single.allowConcurrentCalls(2);
            assertThat(single.availablePermits()).isEqualTo(3);

            fake.enqueueChat(ChatScript.answer("a").withStallAfter(1));
            fake.enqueueChat(ChatScript.answer("b").withStallAfter(1));
            StreamHandle first = single.stream(ask(MODEL), new StreamListener() {});
            StreamHandle second = single.stream(ask(MODEL), new StreamListener() {});
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (fake.requests("/api/chat").size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(fake.requests("/api/chat")).hasSize(2);
            first.cancel();
            second.cancel();
        }
    }

    static LlmException failure(StreamHandle handle) {
        try {
            handle.result().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | CompletionException e) {
            if (e.getCause() instanceof LlmException llm) {
                return llm;
            }
            throw new AssertionError("unexpected failure", e);
        } catch (Exception e) {
            throw new AssertionError("the call did not end", e);
        }
        throw new AssertionError("the call succeeded but was expected to fail");
    }
}
