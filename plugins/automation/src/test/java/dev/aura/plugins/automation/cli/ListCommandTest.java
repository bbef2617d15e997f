package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.api.testing.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura flows list}: the table with plain-language triggers and last runs, the JSON shape, an empty store. */
class ListCommandTest {
    private static final String SCHEDULED = """
            name: digest
            triggers:
              - manual
              - cron: "0 8 * * *"
              - interval: 2h
            steps:
              - id: a
                type: transform
                template: hi
            """;

    @TempDir
    Path dir;

    private FlowsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new FlowsCliFixture(dir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEmptyStoreSaysHowToImportOne() {
        CliRun run = fixture.run("list");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("No workflows yet").contains("aura flows import FILE");
    }

    @Test
    void tableShowsVersionsTriggersInPlainLanguageAndTheLastRun() {
        fixture.saved(SCHEDULED);
        fixture.saved(Flows.GREET);
        assertThat(fixture.run("run", "greet").exitCode()).isEqualTo(CliExit.OK);

        CliRun run = fixture.run("list");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).containsPattern("NAME\\s+VERSION\\s+TRIGGERS\\s+LAST RUN")
                .containsPattern("digest\\s+1\\s+manual; cron 0 8 \\* \\* \\* \\(at 08:00\\); every 2h\\s+never run")
                .containsPattern("greet\\s+1\\s+manual\\s+succeeded  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    }

    @Test
    void jsonListsEveryWorkflowWithItsTriggersAndLastRun() throws Exception {
        fixture.saved(SCHEDULED);
        fixture.saved(Flows.BROKEN);
        fixture.run("run", "broken");

        CliRun run = fixture.run("list", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(json).hasSize(2);
        JsonNode digest = json.get(0).get("name").asText().equals("digest") ? json.get(0) : json.get(1);
        JsonNode broken = digest == json.get(0) ? json.get(1) : json.get(0);
        assertThat(digest.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(digest.get("triggers").get(1).get("type").asText()).isEqualTo("cron");
        assertThat(digest.get("triggers").get(1).get("value").asText()).isEqualTo("0 8 * * *");
        assertThat(digest.get("triggers").get(1).get("description").asText()).contains("08:00");
        assertThat(digest.get("triggers").get(2).get("value").asText()).isEqualTo("2h");
        assertThat(digest.get("lastRun").isNull()).isTrue();
        assertThat(broken.get("lastRun").get("status").asText()).isEqualTo("FAILED");
        assertThat(broken.get("lastRun").get("at").asText()).matches("\\d{4}-.*Z");
    }
}
