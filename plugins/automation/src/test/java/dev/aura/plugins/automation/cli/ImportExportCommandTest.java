package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.automation.store.FlowVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura flows import} and {@code export}: versions, unchanged files, bad files, overwriting, round trips. */
class ImportExportCommandTest {
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
    void importSavesANewWorkflowThenANewVersionThenReportsUnchanged() {
        Path file = fixture.file("greet.yaml", Flows.GREET);

        CliRun first = fixture.run("import", file.toString());
        CliRun again = fixture.run("import", file.toString());
        fixture.file("greet.yaml", Flows.GREET.replace("who: world", "who: everyone"));
        CliRun changed = fixture.run("import", file.toString());

        assertThat(first.exitCode()).isEqualTo(CliExit.OK);
        assertThat(first.out()).contains("Imported \"greet\" as a new workflow (version 1).");
        assertThat(again.exitCode()).isEqualTo(CliExit.OK);
        assertThat(again.out()).contains("Unchanged: \"greet\" version 1 already matches the file.");
        assertThat(changed.out()).contains("Imported \"greet\" as version 2.");
        assertThat(fixture.services.flows().latestByName("greet")).get()
                .satisfies(v -> assertThat(v.workflow().variables()).containsEntry("who", "everyone"));
    }

    @Test
    void malformedFileExits1WithFileLineAndColumnAndSavesNothing() {
        Path file = fixture.file("bad.yaml", "name: x\nsteps:\n  - id: a\n   type: [unclosed\n");

        CliRun run = fixture.run("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).startsWith("aura: ").containsPattern("bad\\.yaml:4:\\d+: ").contains("not valid YAML");
        assertThat(fixture.services.flows().list()).isEmpty();
    }

    @Test
    void invalidWorkflowNamesTheFirstProblemWhereItIsAndSavesNothing() {
        Path file = fixture.file("invalid.yaml", """
                name: invalid
                steps:
                  - id: a
                    type: transform
                    template: "{{ vars.missing }}"
                  - id: b
                    type: shell
                    executable: ls
                """);

        CliRun run = fixture.run("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).containsPattern("invalid\\.yaml:3:5: Step 'a': it uses vars\\.missing")
                .contains("Add it to the workflow's variables").contains("1 more problem");
        assertThat(fixture.services.flows().list()).isEmpty();
    }

    @Test
    void missingFileSaysToCheckThePath() {
        CliRun run = fixture.run("import", dir.resolve("nope.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("there is no file").contains("nope.yaml").contains("check the path");
    }

    @Test
    void exportWritesYamlThatImportsBackUnchanged() throws IOException {
        FlowVersion saved = fixture.saved(Flows.GREET);
        Path out = dir.resolve("exported/greet.yaml");

        CliRun export = fixture.run("export", "GREET", "-o", out.toString());
        CliRun reimport = fixture.run("import", out.toString());

        assertThat(export.exitCode()).isEqualTo(CliExit.OK);
        assertThat(export.out()).contains("Exported \"greet\" version 1 to ").contains("greet.yaml");
        assertThat(Files.readString(out)).contains("name: greet").contains("type: prompt");
        assertThat(reimport.out()).contains("Unchanged: \"greet\" version 1");
        assertThat(fixture.services.flows().latest(saved.flowId()).orElseThrow().workflow())
                .isEqualTo(saved.workflow());
    }

    @Test
    void exportKeepsAnExistingFileUnlessForced() throws IOException {
        fixture.saved(Flows.GREET);
        Path out = fixture.file("greet.yaml", "keep me");

        CliRun refused = fixture.run("export", "greet", "-o", out.toString());
        String kept = Files.readString(out);
        CliRun forced = fixture.run("export", "greet", "-o", out.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(refused.err()).contains("already exists; pass --force");
        assertThat(kept).isEqualTo("keep me");
        assertThat(forced.exitCode()).isEqualTo(CliExit.OK);
        assertThat(Files.readString(out)).contains("name: greet");
    }

    @Test
    void exportOfAnUnknownWorkflowSaysHowToFindTheNames() {
        CliRun run = fixture.run("export", "nothing", "-o", dir.resolve("x.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("there is no workflow named \"nothing\"").contains("aura flows list");
    }

    @Test
    void missingArgumentsAreUsageErrors() {
        assertThat(fixture.run("import").exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(fixture.run("export", "greet").exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(fixture.run().exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(fixture.run("bogus").exitCode()).isEqualTo(CliExit.USAGE);
    }
}
