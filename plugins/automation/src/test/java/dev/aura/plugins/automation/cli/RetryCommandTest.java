package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.testing.ChatScript;
import dev.aura.plugins.api.testing.CliRun;
import dev.aura.plugins.automation.engine.RunStatus;
import dev.aura.plugins.automation.store.RunFilter;
import dev.aura.plugins.automation.store.RunSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura flows retry}: reruns a failed run from its failed step with the same variables. */
class RetryCommandTest {
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
    void aFailedRunIsRetriedFromItsFailedStepWithTheSameVariables() {
        fixture.saved(Flows.GREET);
        fixture.ollama.enqueueChat(ChatScript.answer("unused").withHttpError(500, "{\"error\":\"out of memory\"}"));
        CliRun failed = fixture.run("run", "greet", "--var", "who=Somchai");
        RunSummary first = fixture.services.history().page(RunFilter.ALL, 0, 1).getFirst();
        assertThat(failed.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(failed.err()).contains("aura flows retry " + first.id());

        CliRun retried = fixture.run("retry", first.id());

        assertThat(retried.exitCode()).as(retried.err()).isEqualTo(CliExit.OK);
        assertThat(retried.out().strip()).isEqualTo(FlowsCliFixture.ANSWER);
        assertThat(retried.err()).contains("  ok  ask  ").doesNotContain("  ... hello");
        List<RunSummary> runs = fixture.services.history().page(RunFilter.ALL, 0, 10);
        assertThat(runs.getFirst().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(runs.getFirst().retryOf()).isEqualTo(first.id());
        assertThat(fixture.ollama.requests("/api/chat").getLast().json().toString())
                .contains("Say hi to Hello Somchai in a calm way");
    }

    @Test
    void anUnknownRunIdSaysWhereToFindTheIds() {
        CliRun run = fixture.run("retry", "no-such-run");

        assertThat(run.exitCode()).isEqualTo(CliExit.FAILED);
        assertThat(run.err()).contains("there is no run with id no-such-run").contains("aura flows history NAME");
    }
}
