package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aura.core.usage.ModelPrice;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.CallPage;
import dev.aura.plugins.analytics.model.CallRow;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallsTest {
    @TempDir
    Path dir;
    StatsFixture f;

    @BeforeEach
    void fill() {
        f = new StatsFixture(dir);
        f.insert(
                f.call("2025-03-10T10:00:00Z", "llama", 100),
                f.call("2025-03-10T11:00:00Z", "llama", 100),
                f.call("2025-03-10T11:00:00Z", "qwen", 100).failed(Outcome.ERROR, "UNREACHABLE"),
                f.call("2025-03-10T12:00:00Z", "llama", 100).source("prompts"),
                f.call("2025-03-10T13:00:00Z", "qwen", 100),
                f.call("2025-03-11T01:00:00Z", "llama", 100));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void pagesWalkEveryCallOfTheRangeNewestFirstOnce() {
        List<String> ids = new ArrayList<>();
        CallPage page = f.service.calls(DashboardTest.DAY, UsageFilter.ALL, null, 2);
        int pages = 1;
        ids.addAll(page.rows().stream().map(r -> r.call().id()).toList());
        while (page.next() != null) {
            page = f.service.calls(DashboardTest.DAY, UsageFilter.ALL, page.next(), 2);
            ids.addAll(page.rows().stream().map(r -> r.call().id()).toList());
            pages++;
        }

        // Same start time: the larger id first.
        assertThat(ids).containsExactly("c0005", "c0004", "c0003", "c0002", "c0001");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void theFilterNarrowsTheCallsInSql() {
        UsageFilter filter = UsageFilter.ALL.withModels(Set.of("llama")).withSources(Set.of("chat"));
        assertThat(f.service.calls(DashboardTest.DAY, filter, null, 50).rows())
                .extracting(r -> r.call().id()).containsExactly("c0002", "c0001");
        assertThat(f.service.calls(DashboardTest.DAY, UsageFilter.ALL.withOutcomes(Set.of(Outcome.ERROR)), null, 50)
                .rows()).extracting(r -> r.call().errorKind()).containsExactly("UNREACHABLE");
        assertThat(f.service.calls(DashboardTest.DAY, UsageFilter.ALL.withProviders(Set.of("openai")), null, 50)
                .rows()).isEmpty();
    }

    @Test
    void aCallIsPricedWithTheCurrentTable() {
        f.prices.put(new ModelPrice("llama", 1000, 2000, null));
        CallRow row = f.service.call("c0001").orElseThrow();

        assertThat(row.call().model()).isEqualTo("llama");
        assertThat(row.cost()).isCloseTo(10 * 1000 / 1e6 + 20 * 2000 / 1e6, within(1e-12));
        assertThat(f.service.call("missing")).isEmpty();
    }
}
