package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.FlowVersion;
import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura flows run}: progress, final output, --json, failures, variables, Ctrl+C and headless approvals. */
class RunCommandTest {
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
    void successPrintsEachStepAsPlainLinesAndTheFinalOutput() {
        fixture.saved(Flows.GREET);

        CliRun run = fixture.run("run", "greet", "--var", "who=Somchai");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out().strip()).isEqualTo(FlowsCliFixture.ANSWER);
        assertThat(run.err()).containsSubsequence("  ... hello", "  ok  hello  ", "  ... ask", "  ok  ask  ")
                .contains("Done: \"greet\" succeeded in ").contains("(2 steps)")
                .doesNotContain("\r");
        assertThat(fixture.ollama.requests("/api/chat").getFirst().json().toString())
                .contains("Say hi to Hello Somchai in a calm way");
    }

    @Test
    void onATerminalTheRunningStepIsOneLiveLine() {
        fixture.saved(Flows.GREET);
        fixture.interactive = true;

        CliRun run = fixture.run("run", "greet");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.err()).contains("\r  ... hello").contains("  ok  hello  ").doesNotContain("  ... hello\n");
    }

    @Test
    void jsonPrintsTheRunWithStepsAndOutput() throws Exception {
        fixture.saved(Flows.GREET);

        CliRun run = fixture.run("run", "greet", "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(json.get("workflow").asText()).isEqualTo("greet");
        assertThat(json.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(json.get("trigger").asText()).isEqualTo("manual");
        assertThat(json.get("variables").get("who").asText()).isEqualTo("world");
        assertThat(json.get("steps")).hasSize(2);
        assertThat(json.get("steps").get(0).get("id").asText()).isEqualTo("hello");
        assertThat(json.get("steps").get(0).get("output").get("text").asText()).isEqualTo("Hello world");
        assertThat(json.get("steps").get(1).get("attempts").asInt()).isEqualTo(1);
        assertThat(json.get("output").get("text").asText()).isEqualTo(FlowsCliFixture.ANSWER);
        assertThat(json.get("error").isNull()).isTrue();
        assertThat(fixture.services.history().load(json.get("id").asText())).isPresent();
    }

    @Test
    void failureExits1WithTheFailingStepAndItsError() {
        fixture.saved(Flows.BROKEN);

        CliRun run = fixture.run("run", "broken");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("  FAILED  pick  ")
                .contains("aura: the workflow \"broken\" failed at step 'pick': ")
                .contains("produced no JSON")
                .doesNotContain("never");
    }

    @Test
    void unknownVariableIsAUsageErrorListingTheDeclaredOnes() {
        fixture.saved(Flows.GREET);

        CliRun unknown = fixture.run("run", "greet", "--var", "colour=red");
        CliRun malformed = fixture.run("run", "greet", "--var", "who");

        assertThat(unknown.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(unknown.err()).contains("has no variable \"colour\"").contains("Declared variables: who, mood");
        assertThat(malformed.exitCode()).isEqualTo(CliExit.USAGE);
        assertThat(malformed.err()).contains("--var who is not NAME=VALUE");
        assertThat(fixture.ollama.requests("/api/chat")).isEmpty();
    }

    @Test
    void unknownWorkflowSaysHowToSeeTheNames() {
        CliRun run = fixture.run("run", "nothing");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("there is no workflow named \"nothing\"").contains("aura flows list");
    }

    @Test
    void ctrlCCancelsTheRunExits130AndStoresItCancelled() {
        FlowVersion slow = fixture.saved(Flows.SLOW);
        Thread presser = Thread.ofVirtual().start(() -> {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline && fixture.services.runs().active().stream()
                    .noneMatch(r -> "wait".equals(r.currentStep()))) {
                Thread.onSpinWait();
            }
            fixture.interrupts.interrupt();
        });

        CliRun run = fixture.run("run", "slow");
        join(presser);

        assertThat(run.exitCode()).isEqualTo(CliExit.CANCELLED);
        assertThat(run.err()).contains("  ok  first").contains("Interrupted: the run of \"slow\" was cancelled");
        assertThat(fixture.interrupts.released()).isTrue();
        List<RunSummary> runs = fixture.services.history().page(RunFilter.of(slow.flowId()), 0, 5);
        assertThat(runs).singleElement().extracting(RunSummary::status).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void approvalWithNobodyToAnswerFailsTheStepSayingWhy() {
        fixture.saved(Flows.APPROVE);

        CliRun run = fixture.run("run", "approve");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("Step 'ok' needs an approval (Publish the report?), but nobody can answer here")
                .contains("failed at step 'ok': Step 'ok' needs an approval, but nobody can answer in this run")
                .doesNotContain("Rejected by you");
        RunSummary stored = fixture.services.history().page(RunFilter.ALL, 0, 1).getFirst();
        assertThat(stored.error()).contains("nobody can answer in this run").doesNotContain("Rejected by you");
    }

    @Test
    void approvalOnATerminalIsAskedAndApproved() {
        fixture.saved(Flows.APPROVE);
        fixture.interactive = true;
        fixture.answers.add("y");

        CliRun run = fixture.run("run", "approve");

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(fixture.questions).containsExactly("Approve? [y/N] ");
        assertThat(run.err()).contains("Step 'ok' asks for approval: Publish the report?");
        assertThat(run.out().strip()).isEqualTo("published");
    }

    @Test
    void unconfirmedPermissionsWithoutATerminalExit1SayingToPassAllow() throws Exception {
        Path granted = fixture.folder("granted");
        importOnly(Flows.writer(granted.toString()));

        CliRun run = fixture.run("run", "writer");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("Before \"writer\" runs for the first time, allow what it may use:")
                .contains("  Folders: " + granted).contains("Run it again with --allow");
        assertThat(granted.resolve("out.txt")).doesNotExist();
    }

    @Test
    void allowConfirmsOnceAndLaterRunsDoNotAsk() throws Exception {
        Path granted = fixture.folder("granted");
        importOnly(Flows.writer(granted.toString()));

        CliRun allowed = fixture.run("run", "writer", "--allow", "--var", "text=first");
        CliRun later = fixture.run("run", "writer", "--var", "text=second");

        assertThat(allowed.exitCode()).isEqualTo(CliExit.OK);
        assertThat(allowed.err()).contains("  Folders: " + granted).contains("Allowed.");
        assertThat(later.exitCode()).isEqualTo(CliExit.OK);
        assertThat(later.err()).doesNotContain("Folders:");
        assertThat(Files.readString(granted.resolve("out.txt"))).isEqualTo("second");
    }

    @Test
    void onATerminalTheUserIsAskedAndNoMeansNotRun() throws Exception {
        Path granted = fixture.folder("granted");
        importOnly(Flows.writer(granted.toString()));
        fixture.interactive = true;
        fixture.answers.add("n");

        CliRun declined = fixture.run("run", "writer");
        fixture.answers.add("y");
        CliRun accepted = fixture.run("run", "writer");

        assertThat(declined.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(declined.err()).contains("you did not allow what \"writer\" may use");
        assertThat(fixture.questions).containsExactly("Allow this workflow to use them? [y/N] ",
                "Allow this workflow to use them? [y/N] ");
        assertThat(accepted.exitCode()).isEqualTo(CliExit.OK);
        assertThat(Files.readString(granted.resolve("out.txt"))).isEqualTo("hello");
    }

    @Test
    void grownPermissionsMarkWhatIsNew() throws Exception {
        Path first = fixture.folder("first");
        Path second = fixture.folder("second");
        importOnly(Flows.writer(first.toString()));
        assertThat(fixture.run("run", "writer", "--allow").exitCode()).isEqualTo(CliExit.OK);
        importOnly(Flows.writer("[" + first + ", " + second + "]").replace("[[", "[").replace("]]", "]"));

        CliRun run = fixture.run("run", "writer");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("\"writer\" may now use more than you allowed before:")
                .contains("  Folders: " + first + ", " + second + " (new)");
    }

    private void importOnly(String yaml) throws Exception {
        fixture.services.importFile(fixture.file("flow-" + System.nanoTime() + ".yaml", yaml));
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
