package dev.aura.plugins.prompts.eval.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.core.llm.GatewayOptions;
import dev.aura.core.llm.OllamaEmbeddings;
import dev.aura.core.ollama.OllamaConnection;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.testing.InMemoryUsageLog;
import dev.aura.core.usage.UsageRecord;
import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.DefaultGrader;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimilarAssertionTest {
    private static final String MODEL = "nomic-embed-text";
    private static final String OUTPUT = "The sky is blue today";

    private final FakeOllamaServer fake = new FakeOllamaServer().addModel(MODEL);
    private final InMemoryUsageLog usage = new InMemoryUsageLog();
    private final OllamaEmbeddings embeddings = new OllamaEmbeddings(new OllamaConnection(fake.url()), usage,
            GatewayOptions.defaults().withRetries(1, Duration.ZERO));

    @AfterEach
    void tearDown() {
        fake.close();
    }

    private GradingResult grade(AssertionSpec spec) {
        return grade(spec, MODEL);
    }

    private GradingResult grade(AssertionSpec spec, String model) {
        DefaultGrader grader = DefaultGrader.deterministic()
                .with(SimilarAssertion.all(embeddings, model).toArray(SimilarAssertion[]::new));
        return grader.gradeOne(spec, new GradingContext(OUTPUT, Map.of(), "Describe the sky", "llama3.2", 5L, null));
    }

    @Test
    void theSameMeaningPassesWithPromptfoosReason() {
        GradingResult result = grade(AssertionSpec.of("similar", "the sky is BLUE today!"));

        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.reason()).isEqualTo("Similarity 1.00 is greater than or equal to threshold 0.75");
    }

    @Test
    void anUnrelatedTextFailsBelowTheDefaultThreshold() {
        GradingResult result = grade(AssertionSpec.of("similar", "Bananas grow on plants"));

        assertThat(result.pass()).isFalse();
        assertThat(result.score()).isLessThan(0.75);
        assertThat(result.reason()).startsWith("Similarity ").endsWith(" is less than threshold 0.75");
    }

    @Test
    void theThresholdDecidesForAPartlySimilarText() {
        AssertionSpec partly = AssertionSpec.of("similar", "The sky is grey today");

        assertThat(grade(partly.withThreshold(0.5)).pass()).isTrue();
        GradingResult strict = grade(partly.withThreshold(0.99));
        assertThat(strict.pass()).isFalse();
        assertThat(strict.reason()).endsWith("is less than threshold 0.99");
    }

    @Test
    void notSimilarPassesForAnUnrelatedTextAndFailsForTheSameOne() {
        GradingResult unrelated = grade(AssertionSpec.of("not-similar", "Bananas grow on plants"));
        GradingResult same = grade(AssertionSpec.of("not-similar", OUTPUT));

        assertThat(unrelated.pass()).isTrue();
        assertThat(unrelated.reason()).endsWith("is less than threshold 0.75");
        assertThat(same.pass()).isFalse();
        assertThat(same.score()).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(same.reason()).isEqualTo("Similarity 1.00 is greater than or equal to threshold 0.75");
    }

    @Test
    void aListPassesWhenAnyValueIsSimilarAndElseReportsTheBestScore() {
        GradingResult any = grade(AssertionSpec.of("similar", List.of("Bananas grow on plants", "the sky is blue today")));
        GradingResult none = grade(AssertionSpec.of("similar", List.of("Bananas grow on plants", "Cats sleep a lot")));

        assertThat(any.pass()).isTrue();
        assertThat(any.reason()).isEqualTo("Similarity 1.00 is greater than or equal to threshold 0.75");
        assertThat(none.pass()).isFalse();
        assertThat(none.reason()).isEqualTo("None of the provided values met the similarity threshold");
        assertThat(none.score()).isLessThan(0.75);
        assertThat(fake.requests("/api/embed")).hasSize(2);
    }

    @Test
    void notSimilarWithAListPassesOnlyWhenTheOutputIsUnlikeEveryValue() {
        assertThat(grade(AssertionSpec.of("not-similar", List.of("Bananas grow on plants", "Cats sleep a lot")))
                .pass()).isTrue();
        GradingResult oneTooClose = grade(AssertionSpec.of("not-similar", List.of("Cats sleep a lot", OUTPUT)));
        assertThat(oneTooClose.pass()).isFalse();
        assertThat(oneTooClose.reason()).isEqualTo("Similarity 1.00 is greater than or equal to threshold 0.75");
    }

    @Test
    void metricFormsCompareByDotProductAndEuclideanDistance() {
        GradingResult dot = grade(AssertionSpec.of("similar:dot", OUTPUT));
        GradingResult euclidean = grade(AssertionSpec.of("similar:euclidean", OUTPUT));
        GradingResult far = grade(AssertionSpec.of("similar:euclidean", "Bananas grow on plants"));

        assertThat(dot.pass()).isTrue();
        assertThat(euclidean.pass()).isTrue();
        assertThat(euclidean.reason()).isEqualTo("Distance 0.00 is less than or equal to threshold 0.75");
        assertThat(far.pass()).isFalse();
        assertThat(far.reason()).startsWith("Distance ").endsWith("is greater than threshold 0.75");
    }

    @Test
    void withoutAnEmbeddingModelBothFormsFailSayingWhatToPick() {
        GradingResult positive = grade(AssertionSpec.of("similar", OUTPUT), null);
        GradingResult negated = grade(AssertionSpec.of("not-similar", "Bananas"), null);

        assertThat(positive.pass()).isFalse();
        assertThat(negated.pass()).isFalse();
        assertThat(positive.reason()).contains("No embedding model is chosen", "ollama pull nomic-embed-text");
        assertThat(fake.requests("/api/embed")).isEmpty();
    }

    @Test
    void aMissingEmbeddingModelFailsSayingHowToPullIt() {
        GradingResult result = grade(AssertionSpec.of("not-similar", "Bananas"), "mxbai-embed-large");

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("not installed", "ollama pull mxbai-embed-large");
    }

    @Test
    void ollamaDownFailsSayingToStartIt() {
        fake.stop();

        GradingResult result = grade(AssertionSpec.of("similar", OUTPUT));

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("Ollama is not reachable", "ollama serve");
    }

    @Test
    void eachCheckIsOneEmbeddingCallInTheUsageLog() {
        grade(AssertionSpec.of("similar", List.of("one two", "three")));

        UsageRecord record = usage.recent(1).getFirst();
        assertThat(usage.count()).isEqualTo(1);
        assertThat(record.model()).isEqualTo(MODEL);
        assertThat(record.source()).isEqualTo("prompts");
        assertThat(record.promptTokens()).isEqualTo(5 + 2 + 1);
    }

    @Test
    void valuesThatAreNotTextAreConfigurationErrors() {
        assertThatThrownBy(() -> grade(AssertionSpec.of("similar", Map.of("a", 1))))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("needs a text or a list of texts");
        assertThatThrownBy(() -> grade(AssertionSpec.of("similar", List.of())))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("empty list");
    }
}
