package dev.aura.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.testing.FakeOllamaServer;
import dev.aura.core.util.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura stats} and {@code aura audit} through the real entry point, plugins discovered as in a release. */
class AnalyticsCommandsTest {
    @TempDir Path dataDir;
    private final FakeOllamaServer ollama = new FakeOllamaServer().addModel("llama3.2");

    @AfterEach
    void stopOllama() {
        ollama.close();
    }

    @Test
    void aDeletedModelIsAuditedAndTheChainVerifies() throws Exception {
        assertThat(aura("models", "rm", "llama3.2").exitCode()).isZero();

        CliRun verify = aura("audit", "verify");
        CliRun list = aura("audit", "list", "--json");

        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("intact: 1 entries\n");
        JsonNode entries = Json.MAPPER.readTree(list.out());
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.path("action").asText()).isEqualTo("model.deleted");
            assertThat(e.path("subject").asText()).isEqualTo("llama3.2");
            assertThat(e.path("via").asText()).isEqualTo("cli");
        });
    }

    @Test
    void statsOfAnEmptyProfileAndABadRange() throws Exception {
        CliRun stats = aura("stats", "--json");
        CliRun bad = aura("stats", "--since", "soon");

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(Json.MAPPER.readTree(stats.out()).path("totals").path("current").path("calls").asLong()).isZero();
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("aura: 'soon' is not a start for --since.");
    }

    private CliRun aura(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        all[2] = "--ollama-url";
        all[3] = ollama.url().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(Map.of(), all);
    }
}
