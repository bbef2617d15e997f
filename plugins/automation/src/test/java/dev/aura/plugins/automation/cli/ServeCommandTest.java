package dev.aura.plugins.automation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.api.testing.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aura flows serve} on its own thread: what it schedules, the runs it prints, and a clean stop on Ctrl+C. */
class ServeCommandTest {
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
    void folderWatchRunsForANewFileUntilCtrlC() throws Exception {
        Path inbox = fixture.folder("inbox");
        fixture.saved("""
                name: watcher
                variables:
                  fileName: ""
                permissions:
                  folders: [%s]
                triggers:
                  - watch: %s
                    debounce: 100ms
                  - cron: "0 8 * * *"
                steps:
                  - id: seen
                    type: transform
                    template: "saw {{ vars.fileName }}"
                """.formatted(inbox, inbox));

        CliRun run = serve(out -> {
            if (out.contains("press Ctrl+C") && !Files.exists(inbox.resolve("new.txt"))) {
                write(inbox.resolve("new.txt"));
            }
            if (out.contains("finished  \"watcher\"")) {
                fixture.interrupts.interrupt();
            }
        });

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("Scheduled: \"watcher\" cron 0 8 * * * (at 08:00), next at ")
                .contains("Watching: \"watcher\" new or changed files in " + inbox)
                .containsPattern("started   \"watcher\" \\(folder .*new\\.txt\\)")
                .contains("finished  \"watcher\": succeeded in ")
                .contains("Stopped: triggers are off.");
        assertThat(fixture.interrupts.released()).isTrue();
    }

    @Test
    void appStartTriggersRunAtOnceAndUnconfirmedWorkflowsAreWarnedAbout() throws Exception {
        fixture.saved("""
                name: greeting
                triggers:
                  - appStart
                steps:
                  - id: hi
                    type: transform
                    template: "hi"
                """);
        Path granted = fixture.folder("granted");
        fixture.services.importFile(fixture.file("locked.yaml", """
                name: locked
                permissions:
                  folders: [%s]
                triggers:
                  - appStart
                steps:
                  - id: hi
                    type: transform
                    template: "hi"
                """.formatted(granted)));

        CliRun run = serve(out -> {
            if (out.contains("finished  \"greeting\"") && out.contains("press Ctrl+C")) {
                fixture.interrupts.interrupt();
            }
        });

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("started   \"greeting\" (app-start)")
                .contains("finished  \"greeting\": succeeded").doesNotContain("\"locked\" (app-start)");
        assertThat(run.err()).contains("warning: \"locked\" has triggers but its permissions are not confirmed")
                .contains("aura flows run locked --allow");
    }

    @Test
    void withNothingScheduledItSaysSoAndStillStopsCleanly() throws Exception {
        fixture.saved(Flows.GREET);

        CliRun run = serve(out -> {
            if (out.contains("press Ctrl+C")) {
                fixture.interrupts.interrupt();
            }
        });

        assertThat(run.exitCode()).isEqualTo(CliExit.OK);
        assertThat(run.out()).contains("No workflow has a schedule or folder watch yet").contains("Stopped");
    }

    /** Runs serve on its own thread as a user would in a terminal; {@code onOut} presses Ctrl+C when it is time. */
    private CliRun serve(Consumer<String> onOut) throws Exception {
        CompletableFuture<CliRun> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(CliRun.watchingOut(fixture.command(), onOut, "serve"));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "new");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
