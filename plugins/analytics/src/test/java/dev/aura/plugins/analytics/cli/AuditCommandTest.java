package dev.aura.plugins.analytics.cli;

import dev.aura.plugins.api.testing.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aura.core.util.Json;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura audit verify|list} over the real hash-chained log in H2. */
class AuditCommandTest {
    @TempDir
    Path dir;

    private AnalyticsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new AnalyticsCliFixture(dir, "http://127.0.0.1:9");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEmptyLogIsIntact() {
        CliRun run = fixture.run("audit", "verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("intact: 0 entries\n");
    }

    @Test
    void verifyCountsEveryEntryOfAnIntactChain() {
        appendThree();

        CliRun run = fixture.run("audit", "verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("intact: 3 entries\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aTamperedEntryFailsWithItsNumberOnStderr() {
        appendThree();
        fixture.core.store().jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'other' WHERE seq = 2"));

        CliRun run = fixture.run("audit", "verify");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("broken at entry 2: entry 2 was altered");
    }

    @Test
    void listShowsTheNewestEntriesFirst() {
        appendThree();

        CliRun run = fixture.run("audit", "list", "-n", "2");

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("#", "WHO", "VIA", "ACTION", "SUBJECT");
        assertThat(lines[1]).contains("cli", "model.deleted", "llama3.2");
        assertThat(lines[2]).contains("chat.imported", "conversations.json");
    }

    @Test
    void listAsJsonCarriesEveryFieldAndTheDetailsAsAnObject() throws Exception {
        appendThree();

        CliRun run = fixture.run("audit", "list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = Json.MAPPER.readTree(run.out());
        assertThat(json).hasSize(3);
        JsonNode newest = json.get(0);
        assertThat(newest.path("seq").asLong()).isEqualTo(3);
        assertThat(newest.path("action").asText()).isEqualTo("model.deleted");
        assertThat(newest.path("via").asText()).isEqualTo("cli");
        assertThat(newest.path("details").path("sizeBytes").asLong()).isEqualTo(2_000_000_000L);
        assertThat(newest.path("hash").asText()).hasSize(64);
    }

    @Test
    void anEmptyListSaysWhatWillAppearThere() {
        CliRun run = fixture.run("audit", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("No audit entries yet");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(fixture.run("audit", "list", "-n", "0").exitCode()).isEqualTo(2);
        assertThat(fixture.run("audit", "list", "-n", "0").err()).contains("-n must be at least 1");
        assertThat(fixture.run("audit").exitCode()).isEqualTo(2);
        assertThat(fixture.run("audit", "list", "--bogus").exitCode()).isEqualTo(2);
    }

    private void appendThree() {
        fixture.core.audit().append("settings.changed", "ui.theme", Map.of("from", "light", "to", "dark"));
        fixture.core.audit().append("chat.imported", "conversations.json", Map.of("conversations", 2));
        fixture.core.audit().append("model.deleted", "llama3.2", Map.of("sizeBytes", 2_000_000_000L));
    }
}
