package dev.aura.plugins.automation.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineStepTest {
    private static TimelineStep step(String id) {
        return new TimelineStep(id, TimelineStep.depth(id), false, Duration.ofMillis(5), 1, null, Map.of(), Map.of(),
                null);
    }

    @Test
    void nestedStepsAreIndentedByLevelNotByItemNumber() {
        assertThat(TimelineStep.depth("fetch")).isZero();
        assertThat(TimelineStep.depth("each.0.summarize")).isEqualTo(1);
        assertThat(TimelineStep.depth("check.then.notify")).isEqualTo(2);
        assertThat(step("each.12.summarize").shortId()).isEqualTo("#12 summarize");
        assertThat(step("fetch").shortId()).isEqualTo("fetch");
    }

    @Test
    void aForEachIsListedBeforeTheItemsItRanThoughItFinishedAfterThem() {
        List<TimelineStep> runOrder = List.of(step("list"), step("each.0.summarize"), step("each.1.summarize"),
                step("each"), step("done"));

        assertThat(TimelineStep.inTreeOrder(runOrder)).extracting(TimelineStep::stepId)
                .containsExactly("list", "each", "each.0.summarize", "each.1.summarize", "done");
    }
}
