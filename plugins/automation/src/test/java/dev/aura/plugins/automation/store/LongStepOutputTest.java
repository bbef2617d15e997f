package dev.aura.plugins.automation.store;

import static dev.aura.plugins.automation.store.AutomationStoreFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.aura.core.store.H2Store;
import dev.aura.core.util.Json;
import dev.aura.plugins.automation.engine.StepRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongStepOutputTest {
    static final String FLOW = "01900000-0000-7000-8000-000000000001";

    @TempDir Path dir;
    AutomationStoreFixture db;

    @BeforeEach
    void open() {
        db = AutomationStoreFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aLongOutputIsCutInTheRowAndSavedWholeToAFile() throws Exception {
        String page = "x".repeat(50_000);
        Map<String, Object> output = Map.of("status", 200, "text", page,
                "json", Map.of("items", List.of(Map.of("body", page), "short")));
        String run = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);

        db.runs().step(run, 0, new StepRecord("fetch/page", Map.of(), output, Duration.ZERO, 1, null));

        StoredStep step = db.runs().load(run).orElseThrow().steps().getFirst();
        assertThat(step.truncated()).isTrue();
        assertThat(step.fullOutput()).isEqualTo(db.outputsDir().resolve(run).resolve("0-fetch_page.json"));
        assertThat(step.output().get("status")).isEqualTo(200);
        assertThat((String) step.output().get("text")).startsWith("xxx")
                .endsWith("… (cut; 50000 characters in total)").hasSizeLessThan(16_384);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) step.output().get("json");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) ((List<Object>) json.get("items")).getFirst();
        assertThat((String) first.get("body")).endsWith("… (cut; 50000 characters in total)");
        assertThat(Json.MAPPER.writeValueAsString(step.output()).length()).isLessThanOrEqualTo(StepJson.LIMIT);
        Map<String, Object> whole = Json.MAPPER.readValue(Files.readString(step.fullOutput()), new TypeReference<>() {});
        assertThat(whole).isEqualTo(output);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLongListIsCutToItsFirstItemsWithACount() {
        List<Integer> numbers = java.util.stream.IntStream.range(0, 20_000).boxed().toList();
        String run = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);

        db.runs().step(run, 0, new StepRecord("list", Map.of(), Map.of("items", numbers), Duration.ZERO, 1, null));

        StoredStep step = db.runs().load(run).orElseThrow().steps().getFirst();
        assertThat(step.truncated()).isTrue();
        assertThat((List<Object>) step.output().get("items")).hasSizeLessThan(20_000)
                .endsWith("… (cut; 20000 items in total)");
    }

    @Test
    void longInputsAreCutWithoutAFile() {
        String run = db.runs().begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);

        db.runs().step(run, 0, new StepRecord("write", Map.of("content", "y".repeat(40_000)), Map.of("written", true),
                Duration.ZERO, 1, null));

        StoredStep step = db.runs().load(run).orElseThrow().steps().getFirst();
        assertThat((String) step.inputs().get("content")).endsWith("… (cut; 40000 characters in total)");
        assertThat(step.truncated()).isFalse();
        assertThat(db.outputsDir()).doesNotExist();
    }

    @Test
    void whenTheFullOutputCannotBeSavedTheCutRowIsKeptAndSaysWhy() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the outputs folder should be");
        try (H2Store store = H2Store.open(dir.resolve("other"))) {
            JdbiRunHistory runs = new JdbiRunHistory(store, blocked);
            String run = runs.begin(FLOW, 1, "Digest", "manual", Map.of(), at(0), null);

            runs.step(run, 0, new StepRecord("fetch", Map.of(), Map.of("text", "z".repeat(30_000)), Duration.ZERO, 1,
                    null));

            StoredStep step = runs.load(run).orElseThrow().steps().getFirst();
            assertThat(step.truncated()).isFalse();
            assertThat((String) step.output().get("text")).endsWith("… (cut; 30000 characters in total)");
            assertThat((String) step.output().get(JdbiRunHistory.NOT_SAVED_KEY))
                    .contains("could not be saved").contains("Free disk space");
        }
    }
}
