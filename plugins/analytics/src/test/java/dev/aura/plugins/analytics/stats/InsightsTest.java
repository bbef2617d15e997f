package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aura.core.evals.EvalRecord;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.Insight;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsTest {
    static final Instant NOW = Instant.parse("2025-03-20T12:30:00Z");

    @TempDir
    Path dir;
    StatsFixture f;

    @BeforeEach
    void open() {
        f = new StatsFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aModelSlowerThanItsBaselineRaisesALatencyJump() {
        calls("slow", "2025-03-15T10:00:00Z", 20, 100, 0);
        calls("slow", "2025-03-20T08:00:00Z", 20, 200, 0);
        calls("steady", "2025-03-15T10:00:00Z", 20, 100, 0);
        calls("steady", "2025-03-20T08:00:00Z", 20, 120, 0);
        f.catchUp();

        List<Insight> insights = f.service.insights(NOW, ZoneOffset.UTC);

        assertThat(insights).hasSize(1);
        Insight jump = insights.getFirst();
        assertThat(jump.kind()).isEqualTo(Insight.Kind.LATENCY_JUMP);
        assertThat(jump.model()).isEqualTo("slow");
        assertThat(jump.baseline()).isEqualTo(100.0);
        assertThat(jump.current()).isEqualTo(200.0);
        assertThat(jump.calls()).isEqualTo(20);
        assertThat(jump.range().from()).isEqualTo(Instant.parse("2025-03-19T13:00:00Z"));
        assertThat(jump.range().to()).isEqualTo(Instant.parse("2025-03-20T13:00:00Z"));
        assertThat(jump.filter().models()).containsExactly("slow");
    }

    @Test
    void tooFewCallsRaiseNothing() {
        calls("slow", "2025-03-15T10:00:00Z", 20, 100, 0);
        calls("slow", "2025-03-20T08:00:00Z", 19, 900, 10);

        assertThat(f.service.insights(NOW, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void moreFailuresThanTheBaselineRaiseAnErrorRateJump() {
        calls("flaky", "2025-03-15T10:00:00Z", 20, 100, 0);
        calls("flaky", "2025-03-20T08:00:00Z", 20, 100, 4);

        List<Insight> insights = f.service.insights(NOW, ZoneOffset.UTC);

        assertThat(insights).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Insight.Kind.ERROR_RATE_JUMP);
            assertThat(i.model()).isEqualTo("flaky");
            assertThat(i.baseline()).isZero();
            assertThat(i.current()).isCloseTo(0.2, within(1e-9));
            assertThat(i.filter().outcomes()).isEqualTo(Set.of(Outcome.ERROR));
        });
    }

    @Test
    void aModelPassingAsManyCasesFasterIsSuggested() {
        for (int i = 0; i < 5; i++) {
            eval("big", "case-" + i, true, 1000 + i);
            eval("small", "case-" + i, true, 500 + i);
        }
        for (int i = 0; i < 4; i++) {
            eval("tiny", "case-" + i, true, 100);
        }
        eval("sloppy", "case-0", false, 50);
        for (int i = 1; i < 5; i++) {
            eval("sloppy", "case-" + i, true, 50);
        }

        List<Insight> insights = f.service.insights(NOW, ZoneOffset.UTC);

        assertThat(insights).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Insight.Kind.FASTER_MODEL);
            assertThat(i.source()).isEqualTo("prompts");
            assertThat(i.model()).isEqualTo("big");
            assertThat(i.otherModel()).isEqualTo("small");
            assertThat(i.baseline()).isEqualTo(1002.0);
            assertThat(i.current()).isEqualTo(502.0);
            assertThat(i.passRate()).isEqualTo(1.0);
            assertThat(i.calls()).isEqualTo(5);
            assertThat(i.filter().sources()).containsExactly("prompts");
        });
    }

    private void calls(String model, String from, int count, long latency, int failures) {
        Instant start = Instant.parse(from);
        for (int i = 0; i < count; i++) {
            StatsFixture.Call call = f.call(start.plusSeconds(60L * i).toString(), model, latency);
            f.insert(i < failures ? call.failed(Outcome.ERROR, "HTTP") : call);
        }
    }

    private void eval(String model, String caseKey, boolean passed, long latency) {
        f.evals.record(new EvalRecord(null, NOW.minusSeconds(86_400), "prompts", "card-1", caseKey, "ollama", model,
                passed, null, latency));
    }
}
