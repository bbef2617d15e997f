package dev.aura.plugins.prompts.eval.assertions;

import static dev.aura.plugins.prompts.eval.assertions.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingContext;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasuredLimitAssertionsTest {
    private static GradingContext measured(Long latencyMs, Double cost) {
        return new GradingContext("out", Map.of(), "p", "llama3", latencyMs, cost);
    }

    private static AssertionSpec spec(String type, double threshold) {
        return AssertionSpec.of(type, null).withThreshold(threshold);
    }

    @Test
    void latencyPassesAtOrBelowTheThreshold() {
        assertThat(grade(spec("latency", 1000), measured(1000L, null)).pass()).isTrue();
        assertThat(grade(spec("latency", 1000), measured(1200L, null)).reason())
                .isEqualTo("Latency 1200ms is greater than threshold 1000ms");
        assertThat(grade(spec("not-latency", 1000), measured(800L, null)).reason())
                .isEqualTo("Latency 800ms is less than or equal to threshold 1000ms");
        assertThat(grade(spec("not-latency", 1000), measured(1200L, null)).pass()).isTrue();
    }

    @Test
    void unknownLatencyFailsBothFormsWithAReasonToRerun() {
        GradingResult plain = grade(spec("latency", 1000), measured(null, null));
        GradingResult negated = grade(spec("not-latency", 1000), measured(null, null));
        assertThat(plain.pass()).isFalse();
        assertThat(negated.pass()).isFalse();
        assertThat(plain.reason()).contains("No latency was measured").contains("rerun");
        assertThat(negated.reason()).isEqualTo(plain.reason());
    }

    @Test
    void costComparesWithThePrecisionPromptfooPrints() {
        assertThat(grade(spec("cost", 0.01), measured(null, 0.004)).pass()).isTrue();
        assertThat(grade(spec("cost", 0.001), measured(null, 0.0012345)).reason())
                .isEqualTo("Cost 0.0012 is greater than threshold 0.001");
        assertThat(grade(spec("not-cost", 0.01), measured(null, 0.004)).reason())
                .isEqualTo("Cost 0.0040 is less than or equal to threshold 0.01");
    }

    @Test
    void unknownCostFailsNamingTheModelWithoutAPrice() {
        GradingResult result = grade(spec("not-cost", 0.01), measured(null, null));
        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).contains("model llama3 has no price").contains("Prices");
    }

    @Test
    void withoutAThresholdTheMeasurementIsOnlyRecordedAsANamedMetric() {
        AssertionSpec recorded = new AssertionSpec("latency", false, null, null, 1, "speed");
        GradingResult result = grade(recorded, measured(250L, null));
        assertThat(result.pass()).isTrue();
        assertThat(result.score()).isEqualTo(250);
        assertThatThrownBy(() -> grade(AssertionSpec.of("latency", null), measured(250L, null)))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("metric");
        assertThatThrownBy(() -> grade(AssertionSpec.of("not-cost", null), measured(null, 0.1)))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("requires a threshold");
    }
}
