package dev.aura.plugins.prompts.eval.similar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.OllamaEmbeddings;
import dev.aura.core.llm.OllamaLlmGateway;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.Grader;
import dev.aura.plugins.prompts.eval.Graders;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.TestGrade;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The grader runs get from {@link Graders#forRuns}: similar with the chosen embedding model, and no model chosen. */
class GradersForRunsTest {
    private final FakeOllamaServer fake = new FakeOllamaServer().addModel("nomic-embed-text");
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaConnection connection = new OllamaConnection(fake.url());
    private final OllamaLlmGateway gateway = new OllamaLlmGateway(connection, usage,
            GatewayOptions.defaults().withRetries(1, Duration.ZERO));
    private final GradingContext context = new GradingContext("Paris is the capital of France", Map.of(), "Capital?",
            "llama3.2", 5L, null);

    @AfterEach
    void tearDown() {
        gateway.close();
        fake.close();
    }

    private TestGrade grade(Grader grader, AssertionSpec... specs) {
        return grader.grade(List.of(specs), context, null);
    }

    @Test
    void runsGradeSimilarWithTheChosenEmbeddingModel() {
        Grader grader = Graders.forRuns(gateway, new OllamaEmbeddings(connection, usage), null, "nomic-embed-text");

        TestGrade grade = grade(grader, AssertionSpec.of("similar", "The capital of France is Paris"),
                AssertionSpec.of("contains", "Paris"));

        assertThat(grade.pass()).isTrue();
        assertThat(fake.requests("/api/embed")).hasSize(1);
    }

    @Test
    void withoutChosenModelsSimilarAndLlmRubricFailSayingWhatToPick() {
        Grader grader = Graders.forRuns(gateway, new OllamaEmbeddings(connection, usage), null, null);

        TestGrade grade = grade(grader, AssertionSpec.of("similar", "Paris"), AssertionSpec.of("llm-rubric", "Polite"));

        assertThat(grade.pass()).isFalse();
        assertThat(grade.components().get(0).reason()).contains("embedding model");
        assertThat(grade.components().get(1).reason()).contains("No grader model is chosen");
    }

    @Test
    void theOldSignatureStillGradesEverythingElse() {
        Grader grader = Graders.forRuns(gateway, null, "nomic-embed-text");

        TestGrade grade = grade(grader, AssertionSpec.of("icontains", "paris"), AssertionSpec.of("similar", "Paris"));

        assertThat(grade.components().get(0).pass()).isTrue();
        assertThat(grade.components().get(1).pass()).isFalse();
        assertThat(grade.components().get(1).reason()).contains("without an embeddings client");
    }
}
