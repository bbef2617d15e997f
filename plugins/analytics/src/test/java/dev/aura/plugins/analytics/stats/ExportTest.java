package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.core.usage.Outcome;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;
    @TempDir
    Path out;
    StatsFixture f;

    @BeforeEach
    void fill() {
        f = new StatsFixture(dir);
        f.insert(
                f.call("2025-03-10T10:00:00Z", "llama", 100).ttft(40).tps(12.5),
                f.call("2025-03-10T11:00:00Z", "qwen", 250).source("my,\"plugin\"").failed(Outcome.ERROR, "HTTP"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void callsCsvHasAHeaderAndQuotesAwkwardFields() throws IOException {
        Path file = out.resolve("calls.csv");

        long count = f.service.exportCalls(DashboardTest.DAY, UsageFilter.ALL, file, ExportFormat.CSV);

        String csv = Files.readString(file);
        String[] lines = csv.split("\r\n");
        assertThat(count).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,started_at,provider,model,source,outcome,error_kind,");
        assertThat(lines[1]).startsWith("c0002,2025-03-10T11:00:00Z,ollama,qwen,\"my,\"\"plugin\"\"\",ERROR,HTTP,");
        assertThat(lines[2]).startsWith("c0001,2025-03-10T10:00:00Z,ollama,llama,chat,OK,,10,20,40,100,12.5,0,");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void callsJsonIsAnArrayOfObjects() throws IOException {
        Path file = out.resolve("calls.json");

        f.service.exportCalls(DashboardTest.DAY, UsageFilter.ALL.withModels(Set.of("llama")), file, ExportFormat.JSON);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        JsonNode call = json.get(0);
        assertThat(call.get("id").asText()).isEqualTo("c0001");
        assertThat(call.get("startedAt").asText()).isEqualTo("2025-03-10T10:00:00Z");
        assertThat(call.get("latencyMs").asLong()).isEqualTo(100);
        assertThat(call.get("timeToFirstTokenMs").asLong()).isEqualTo(40);
        assertThat(call.get("errorKind").isNull()).isTrue();
        assertThat(call.get("cost").asDouble()).isZero();
    }

    @Test
    void aggregatesJsonHoldsRangeFilterTotalsAndBreakdowns() throws IOException {
        Dashboard d = f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL.withOutcomes(Set.of(Outcome.OK, Outcome.ERROR)));
        Path file = out.resolve("stats.json");

        f.service.exportAggregates(d, file, ExportFormat.JSON);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("range").get("from").asText()).isEqualTo("2025-03-10T00:00:00Z");
        assertThat(json.get("filter").get("outcomes")).extracting(JsonNode::asText).containsExactly("ERROR", "OK");
        assertThat(json.get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("totals").get("current").get("calls").asLong()).isEqualTo(2);
        assertThat(json.get("totals").get("previous").get("calls").asLong()).isZero();
        assertThat(json.get("byModel")).extracting(n -> n.get("key").asText()).containsExactly("llama", "qwen");
        assertThat(json.get("byPlugin")).hasSize(2);
        assertThat(json.get("byProvider").get(0).get("errors").asLong()).isEqualTo(1);
    }

    @Test
    void aggregatesCsvHasOneSectionPerTable() throws IOException {
        Dashboard d = f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL);
        Path file = out.resolve("stats.csv");

        f.service.exportAggregates(d, file, ExportFormat.CSV);

        assertThat(Files.readAllLines(file)).extracting(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                .containsExactly("section,key", "totals,current", "totals,previous", "model,llama", "model,qwen",
                        "plugin,chat", "plugin,\"my", "provider,ollama");
    }

    @Test
    void aFailedExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path fresh = out.resolve("new.csv");
        Path existing = Files.writeString(out.resolve("old.json"), "old");
        f.store.jdbi().useHandle(h -> h.execute("DROP TABLE usage_log"));

        assertThatThrownBy(() -> f.service.exportCalls(DashboardTest.DAY, UsageFilter.ALL, fresh, ExportFormat.CSV))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> f.service.exportCalls(DashboardTest.DAY, UsageFilter.ALL, existing, ExportFormat.JSON))
                .isInstanceOf(RuntimeException.class);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(existing);
        }
        assertThat(Files.readString(existing)).isEqualTo("old");
    }
}
