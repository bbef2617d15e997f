package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aura.core.usage.ModelPrice;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.BreakdownRow;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.Dimension;
import dev.aura.plugins.analytics.model.LatencyRow;
import dev.aura.plugins.analytics.model.ModelSeries;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.Totals;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hand-computed day of calls, read from the tail (before a catch-up) and from the rollups (after). */
class DashboardTest {
    static final TimeRange DAY = new TimeRange(Instant.parse("2025-03-10T00:00:00Z"),
            Instant.parse("2025-03-11T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    StatsFixture f;

    @BeforeEach
    void fill() {
        f = new StatsFixture(dir);
        f.insert(
                f.call("2025-03-10T10:05:00Z", "llama", 100).ttft(40).tps(50),
                f.call("2025-03-10T10:30:00Z", "llama", 200).ttft(60).tps(30),
                f.call("2025-03-10T11:00:00Z", "llama", 1000).tokens(100, 0).source("prompts")
                        .failed(Outcome.ERROR, "STALLED"),
                f.call("2025-03-10T12:00:00Z", "qwen", 50).tokens(5, 5).ttft(20).tps(100)
                        .failed(Outcome.CANCELLED, null),
                f.call("2025-03-10T13:00:00Z", "mistral", 300).tokens(1000, 2000).provider("openai"),
                f.call("2025-03-09T10:00:00Z", "llama", 100));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @ParameterizedTest(name = "rolled up first: {0}")
    @ValueSource(booleans = {false, true})
    void totalsAndPercentilesMatchTheHandComputedFigures(boolean rolledUp) {
        if (rolledUp) {
            assertThat(f.catchUp()).isEqualTo(6);
        }
        Dashboard d = f.service.dashboard(DAY, UsageFilter.ALL);

        assertThat(d.current()).isEqualTo(new Totals(5, 1, 1, 1125, 2045, 0, 40.0, 1000.0, 60.0));
        assertThat(d.previous().calls()).isEqualTo(1);
        assertThat(d.previous().tokens()).isEqualTo(30);
        assertThat(d.pendingCalls()).isEqualTo(rolledUp ? 0 : 6);
        assertThat(d.facets().models()).containsExactly("llama", "mistral", "qwen");
        assertThat(d.facets().sources()).containsExactly("chat", "prompts");
        assertThat(d.facets().providers()).containsExactly("ollama", "openai");
        assertThat(d.errorsByKind()).containsExactly(java.util.Map.entry("OTHER", 1L), java.util.Map.entry("STALLED", 1L));
        assertThat(d.byModel()).extracting(BreakdownRow::key).containsExactly("llama", "mistral", "qwen");
        assertThat(d.byPlugin()).extracting(BreakdownRow::key).containsExactly("chat", "prompts");
        assertThat(d.byProvider()).extracting(r -> r.key() + "=" + r.totals().calls())
                .containsExactly("ollama=4", "openai=1");
        assertThat(d.latencyByModel().getFirst()).isEqualTo(new LatencyRow("llama", 3, 200.0, 1000.0, 1000.0));
    }

    @Test
    void hourBucketsHoldEachModelsSeries() {
        Dashboard d = f.service.dashboard(DAY, UsageFilter.ALL);

        assertThat(d.buckets()).hasSize(24).startsWith(DAY.from());
        assertThat(d.series()).extracting(ModelSeries::model).containsExactly("llama", "mistral", "qwen");
        ModelSeries llama = d.series().getFirst();
        assertThat(llama.calls()[10]).isEqualTo(2);
        assertThat(llama.calls()[11]).isEqualTo(1);
        assertThat(llama.tokens()[10]).isEqualTo(60);
        assertThat(llama.tokensPerSecond()[10]).isEqualTo(40.0);
        assertThat(llama.tokensPerSecond()[11]).isNaN();
        assertThat(d.costPerBucket()).hasSize(24);
    }

    @Test
    void aFilterNarrowsTheFiguresButNotTheFacets() {
        f.catchUp();
        Dashboard d = f.service.dashboard(DAY, UsageFilter.ALL.withModels(Set.of("llama")).withOutcomes(Set.of(Outcome.OK)));

        assertThat(d.current().calls()).isEqualTo(2);
        assertThat(d.current().p95LatencyMs()).isEqualTo(200.0);
        assertThat(d.previous().calls()).isEqualTo(1);
        assertThat(d.facets().models()).containsExactly("llama", "mistral", "qwen");
        assertThat(f.service.dashboard(DAY, UsageFilter.ALL.withSources(Set.of("prompts"))).current().errors())
                .isEqualTo(1);
        assertThat(f.service.dashboard(DAY, UsageFilter.ALL.withProviders(Set.of("openai"))).series())
                .extracting(ModelSeries::model).containsExactly("mistral");
    }

    @Test
    void costFollowsTheCurrentPriceTable() {
        f.catchUp();
        f.prices.put(new ModelPrice("mistral", 10, 20, null));
        assertThat(f.service.dashboard(DAY, UsageFilter.ALL).current().cost()).isCloseTo(0.05, within(1e-12));

        f.prices.put(new ModelPrice("mistral", 1, 1, null));
        f.prices.put(new ModelPrice("llama", 0, 0, 100.0));
        f.prices.setElectricityPerKwh(0.36);
        Dashboard d = f.service.dashboard(DAY, UsageFilter.ALL);

        // llama ran 1,300 ms at 100 W: 1300 / 3.6e6 h x 0.1 kW x 0.36 per kWh.
        double llamaEnergy = 1300 / 3_600_000.0 * 0.1 * 0.36;
        assertThat(d.current().cost()).isCloseTo(0.003 + llamaEnergy, within(1e-12));
        assertThat(d.costPerBucket()[13]).isCloseTo(0.003, within(1e-12));
        assertThat(d.byModel().getFirst().totals().cost()).isCloseTo(llamaEnergy, within(1e-12));
    }

    @Test
    void percentilesAbove256MsAreWithinOnePercent() {
        f.insert(f.call("2025-03-10T15:00:00Z", "big", 12_345), f.call("2025-03-10T15:01:00Z", "big", 54_321));
        f.catchUp();
        LatencyRow big = f.service.dashboard(DAY, UsageFilter.ALL.withModels(Set.of("big"))).latencyByModel().getFirst();

        assertThat(big.p50Ms()).isLessThanOrEqualTo(12_345.0).isCloseTo(12_345.0, within(123.45));
        assertThat(big.p99Ms()).isLessThanOrEqualTo(54_321.0).isCloseTo(54_321.0, within(543.21));
    }

    @Test
    void dayBucketsAreLocalDays() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        f.insert(f.call("2025-03-10T16:30:00Z", "late", 100), f.call("2025-03-10T17:10:00Z", "late", 100));
        f.catchUp();
        TimeRange threeDays = new TimeRange(Instant.parse("2025-03-09T17:00:00Z"),
                Instant.parse("2025-03-12T17:00:00Z"), bangkok);

        Dashboard d = f.service.dashboard(threeDays, UsageFilter.ALL.withModels(Set.of("late")));

        assertThat(d.buckets()).containsExactly(Instant.parse("2025-03-09T17:00:00Z"),
                Instant.parse("2025-03-10T17:00:00Z"), Instant.parse("2025-03-11T17:00:00Z"));
        assertThat(d.series().getFirst().calls()).containsExactly(1, 1, 0);
        List<BreakdownRow> days = f.service.breakdown(threeDays, UsageFilter.ALL.withModels(Set.of("late")),
                Dimension.DAY);
        assertThat(days).extracting(r -> r.key() + "=" + r.totals().calls())
                .containsExactly("2025-03-10=1", "2025-03-11=1");
    }

    @Test
    void breakdownGroupsByTheAskedDimension() {
        f.catchUp();
        // The dashboard caches the day before too; the breakdown reuses those rows and must leave that day out.
        f.service.dashboard(DAY, UsageFilter.ALL);
        assertThat(f.service.breakdown(DAY, UsageFilter.ALL, Dimension.PLUGIN))
                .extracting(r -> r.key() + "=" + r.totals().calls()).containsExactly("chat=4", "prompts=1");
        assertThat(f.service.breakdown(DAY, UsageFilter.ALL, Dimension.MODEL))
                .extracting(BreakdownRow::key).containsExactly("llama", "mistral", "qwen");
    }
}
