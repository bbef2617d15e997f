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

/** {@code aura flows history}: the table, filters, the limit, and the JSON with and without steps. */
class HistoryCommandTest {
    /** Fails when {@code fail} is "yes": a condition sends it to a JSONPath over text. */
    private static final String SOMETIMES = """
            name: sometimes
            variables:
              fail: "no"
            steps:
              - id: start
                type: transform
                template: "started"
              - id: check
                type: condition
                if: vars.fail == "yes"
                then:
                  - id: pick
                    type: transform
                    source: start
                    jsonPath: $.x
            """;

    @TempDir
    Path dir;

    private FlowsCliFixture fixture;

    @BeforeEach
    void open() {
        fixture = new FlowsCliFixture(dir);
        fixture.saved(SOMETIMES);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void tableListsRunsNewestFirstWithTheirError() {
        fixture.run("run", "sometimes");
        fixture.run("run", "sometimes", "--var", "fail=yes");

        CliRun run = fixture.run("history", "sometimes");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).containsPattern("STARTED\\s+TRIGGER\\s+STATUS\\s+DURATION\\s+STEPS\\s+ERROR");
        assertThat(lines[1]).contains("manual").contains("failed").contains("produced no JSON");
        assertThat(lines[2]).contains("manual").contains("succeeded").containsPattern("\\d+ ms|\\d\\.\\d s");
        assertThat(lines).hasSize(3);
    }

    @Test
    void statusFilterAndLimitNarrowTheList() {
        fixture.run("run", "sometimes");
        fixture.run("run", "sometimes");
        fixture.run("run", "sometimes", "--var", "fail=yes");

        CliRun failed = fixture.run("history", "sometimes", "--status", "failed");
        CliRun limited = fixture.run("history", "sometimes", "--limit", "1");
        CliRun cancelled = fixture.run("history", "sometimes", "--status", "CANCELLED");

        assertThat(failed.out().split("\n")).hasSize(2);
        assertThat(failed.out()).doesNotContain("succeeded");
        assertThat(limited.out()).contains("Showing the latest 1 of 3 runs; pass --limit to see more.");
        assertThat(cancelled.exitCode()).isEqualTo(CliExit.OK);
        assertThat(cancelled.out()).contains("No cancelled runs of \"sometimes\".");
    }

    @Test
    void jsonListsRunsAndAddsStepsWithOutputsOnlyWhenAsked() throws Exception {
        fixture.run("run", "sometimes", "--var", "fail=yes");
        ObjectMapper mapper = new ObjectMapper();

        JsonNode plain = mapper.readTree(fixture.run("history", "sometimes", "--json").out());
        JsonNode withSteps = mapper.readTree(fixture.run("history", "sometimes", "--json", "--steps").out());

        assertThat(plain).hasSize(1);
        JsonNode run = plain.get(0);
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("trigger").asText()).isEqualTo("manual");
        assertThat(run.get("version").asInt()).isEqualTo(1);
        assertThat(run.get("error").asText()).contains("produced no JSON");
        assertThat(run.get("durationMs").asLong()).isNotNegative();
        assertThat(run.has("steps")).isFalse();
        JsonNode detailed = withSteps.get(0);
        assertThat(detailed.get("variables").get("fail").asText()).isEqualTo("yes");
        assertThat(detailed.get("steps").get(0).get("id").asText()).isEqualTo("start");
        assertThat(detailed.get("steps").get(0).get("output").get("text").asText()).isEqualTo("started");
        assertThat(detailed.get("steps")).anySatisfy(step -> {
            assertThat(step.get("status").asText()).isEqualTo("FAILED");
            assertThat(step.get("error").asText()).contains("produced no JSON");
        });
    }

    @Test
    void anEmptyHistorySaysHowToRunIt() {
        CliRun run = fixture.run("history", "sometimes");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("No runs of \"sometimes\" yet. Run it with 'aura flows run sometimes'.");
    }

    @Test
    void badOptionsAreUsageErrorsAndAnUnknownWorkflowAFailure() {
        CliRun badStatus = fixture.run("history", "sometimes", "--status", "broken");
        CliRun badLimit = fixture.run("history", "sometimes", "--limit", "0");
        CliRun stepsAlone = fixture.run("history", "sometimes", "--steps");
        CliRun unknown = fixture.run("history", "nothing");

        assertThat(badStatus.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(badStatus.err()).contains("use failed, succeeded, cancelled or running");
        assertThat(badLimit.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(stepsAlone.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(stepsAlone.err()).contains("pass --json with it");
        assertThat(unknown.exitCode()).isEqualTo(CliExit.FAILED);
    }

    @Test
    void helpDocumentsTheJsonShape() {
        CliRun run = fixture.run("history", "--help");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("--steps").contains("durationMs").contains("fullOutput");
    }
}
