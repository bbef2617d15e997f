package dev.aura.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.core.usage.Outcome;
import dev.aura.core.usage.UsageRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaEmbeddingsTest {
    private static final String MODEL = "nomic-embed-text";

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(MODEL);
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaEmbeddings embeddings = new OllamaEmbeddings(new OllamaConnection(fake.url()), usage,
            GatewayOptions.defaults().withRetries(2, Duration.ofMillis(10)));

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void embedReturnsOneVectorPerInputFromOneRequest() {
        List<float[]> vectors = embeddings.embed("prompts", MODEL, List.of("The sky is blue", "the sky is blue",
                "Bananas"));

        assertThat(vectors).hasSize(3);
        assertThat(vectors.get(0)).hasSize(64).containsExactly(vectors.get(1));
        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(2));
        assertThat(fake.requests("/api/embed")).hasSize(1);
        assertThat(fake.lastRequest("/api/embed").orElseThrow().json().path("input")).hasSize(3);
    }

    @Test
    void eachCallIsRecordedWithOllamasPromptTokenCount() {
        embeddings.embed("prompts", MODEL, List.of("one two three", "four"));

        UsageRecord record = usage.recent(1).getFirst();
        assertThat(record.outcome()).isEqualTo(Outcome.OK);
        assertThat(record.provider()).isEqualTo("ollama");
        assertThat(record.model()).isEqualTo(MODEL);
        assertThat(record.source()).isEqualTo("prompts");
        assertThat(record.promptTokens()).isEqualTo(4);
        assertThat(record.outputTokens()).isZero();
        assertThat(record.loadMs()).isEqualTo(1L);
    }

    @Test
    void aMissingModelSaysHowToPullIt() {
        assertThatThrownBy(() -> embeddings.embed("prompts", "mxbai-embed-large", List.of("x")))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.MODEL_NOT_FOUND);
                    assertThat(e.getMessage()).contains("ollama pull mxbai-embed-large");
                });
        UsageRecord failed = usage.recent(1).getFirst();
        assertThat(failed.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(failed.errorKind()).isEqualTo("MODEL_NOT_FOUND");
    }

    @Test
    void aModelThatCannotEmbedSaysToPickAnEmbeddingModel() {
        fake.failEmbeddings(400, "{\"error\":\"\\\"llama3.2\\\" does not support embeddings\"}");

        assertThatThrownBy(() -> embeddings.embed("prompts", MODEL, List.of("x")))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.HTTP_ERROR);
                    assertThat(e.getMessage()).contains("cannot make embeddings", "nomic-embed-text");
                });
    }

    @Test
    void ollamaDownIsUnreachableAfterTheRetries() {
        fake.stop();

        assertThatThrownBy(() -> embeddings.embed("prompts", MODEL, List.of("x")))
                .isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.UNREACHABLE);
                    assertThat(e.getMessage()).contains("ollama serve");
                });
        assertThat(usage.recent(1).getFirst().errorKind()).isEqualTo("UNREACHABLE");
    }

    @Test
    void ollamaComingBackBetweenTwoCallsIsUsedAgain() {
        embeddings.embed("prompts", MODEL, List.of("before"));
        fake.stop();
        fake.start();

        assertThat(embeddings.embed("prompts", MODEL, List.of("after"))).hasSize(1);
    }

    @Test
    void noInputsMakeNoCall() {
        assertThat(embeddings.embed("prompts", MODEL, List.of())).isEmpty();
        assertThat(fake.requests("/api/embed")).isEmpty();
        assertThat(usage.count()).isZero();
    }
}
