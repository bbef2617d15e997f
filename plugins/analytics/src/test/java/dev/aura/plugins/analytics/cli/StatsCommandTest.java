package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.api.testing.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.llm.ChatRequest;
import dev.aura.core.llm.LlmMessage;
import dev.aura.core.testing.ChatScript;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.usage.ModelPrice;
import dev.aura.core.usage.Outcome;
import dev.aura.core.util.Json;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.stats.JdbiAnalyticsService;
import dev.aura.plugins.api.cli.Interrupts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aura stats} end to end: two real calls through the gateway to a fake Ollama on loopback, plus calls written
 * days ago, read back through the real analytics service in H2.
 */
class StatsCommandTest {
    private static final String LLAMA = "llama3.2:3b";
    private static final String QWEN = "qwen3:8b";

    @TempDir
    Path dir;

    private final FakeOllamaServer ollama = new FakeOllamaServer().addModel(LLAMA);
    private AnalyticsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new AnalyticsCliFixture(dir, ollama.url().toString());
        fixture.core.prices().put(new ModelPrice(LLAMA, 1_000.0, 2_000.0, null));
        fixture.core.prices().setCurrency("THB");
    }

    @AfterEach
    void close() {
        fixture.close();
        ollama.close();
    }

    @Test
    void totalsCompareWithThePreviousPeriodAndTheTableIsByModel() {
        recordCalls();

        CliRun run = fixture.run("stats");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).startsWith("From ").contains("costs in THB");
        assertThat(row(lines, "Calls")).containsSubsequence("3", "1", "+200%");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("MODEL").contains("CALLS", "COST (THB)"));
        assertThat(row(lines, LLAMA)).containsSubsequence(LLAMA, "2", "0");
        assertThat(row(lines, QWEN)).containsSubsequence(QWEN, "1", "1");
    }

    @Test
    void jsonCarriesRangeFilterCurrencyTotalsAndRows() throws Exception {
        recordCalls();

        CliRun run = fixture.run("stats", "--json", "--by", "plugin", "--since", "30d");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.path("range").path("from").asText()).isNotEmpty();
        assertThat(json.path("range").path("to").asText()).isNotEmpty();
        assertThat(json.path("filter").path("models")).isEmpty();
        assertThat(json.path("by").asText()).isEqualTo("plugin");
        assertThat(json.path("currency").asText()).isEqualTo("THB");
        assertThat(json.path("totals").path("current").path("calls").asLong()).isEqualTo(4);
        assertThat(json.path("totals").path("current").path("errors").asLong()).isEqualTo(1);
        assertThat(json.path("totals").path("previous").path("calls").asLong()).isZero();
        assertThat(json.path("rows")).extracting(r -> r.path("key").asText())
                .containsExactlyInAnyOrder("chat", "prompts");
    }

    @Test
    void filtersNarrowTheCalls() throws Exception {
        recordCalls();

        CliRun run = fixture.run("stats", "--json", "--model", QWEN, "--outcome", "error");

        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json.path("filter").path("models").get(0).asText()).isEqualTo(QWEN);
        assertThat(json.path("filter").path("outcomes").get(0).asText()).isEqualTo("error");
        assertThat(json.path("totals").path("current").path("calls").asLong()).isEqualTo(1);
        assertThat(json.path("rows")).singleElement()
                .satisfies(r -> assertThat(r.path("key").asText()).isEqualTo(QWEN));
    }

    @Test
    void callsListsTheNewestAndExportsAllToCsv() throws Exception {
        recordCalls();
        Path csv = dir.resolve("calls.csv");

        CliRun list = fixture.run("stats", "calls");
        CliRun export = fixture.run("stats", "calls", "-o", csv.toString());

        assertThat(list.exitCode()).isZero();
        List<String> lines = list.out().lines().toList();
        assertThat(lines.getFirst()).contains("WHEN", "MODEL", "OUTCOME");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(QWEN, "error (STALLED)"));
        assertThat(export.exitCode()).isZero();
        assertThat(export.err()).isEqualTo("Exported 3 calls to " + csv + ".\n");
        assertThat(Files.readAllLines(csv)).hasSize(4);
    }

    @Test
    void aRangeWithoutCallsSaysSo() {
        CliRun run = fixture.run("stats", "--since", "today");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No calls in this range");
    }

    @Test
    void ctrlCDuringTheCatchUpExits130AndKeepsWhatWasRolledUp() {
        recordCalls();
        Interrupts pressedAtOnce = onInterrupt -> {
            onInterrupt.run();
            return () -> {};
        };
        StatsCommand stats = new StatsCommand(new JdbiAnalyticsService(fixture.core.store(), fixture.core.prices(),
                fixture.core.evals(), Clock.systemUTC()), Messages.load(Locale.ENGLISH), Clock.systemUTC(),
                ZoneId.systemDefault(), pressedAtOnce);

        CliRun run = CliRun.execute(stats);

        assertThat(run.exitCode()).isEqualTo(130);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Stopped.");
        assertThat(fixture.run("stats", "--json").exitCode()).isZero();
    }

    /** Now: two chat calls through the gateway and a failed prompts call 2 days ago; one call 10 days ago. */
    private void recordCalls() {
        ollama.chatScript(ChatScript.answer("a", "b").withTokenDelay(Duration.ofMillis(1)));
        for (int i = 0; i < 2; i++) {
            fixture.core.llm().chat(ChatRequest.of("chat", LLAMA, List.of(LlmMessage.user("hi"))));
        }
        Instant now = Instant.now();
        fixture.insertCall("old-qwen", now.minus(Duration.ofDays(2)), QWEN, "prompts", Outcome.ERROR, "STALLED");
        fixture.insertCall("older", now.minus(Duration.ofDays(10)), QWEN, "prompts", Outcome.OK, null);
    }

    private static String row(List<String> lines, String first) {
        return lines.stream().filter(l -> l.startsWith(first)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + first + " in " + lines));
    }
}
