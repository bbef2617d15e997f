package dev.aura.plugins.automation.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.automation.model.Permissions;
import dev.aura.plugins.automation.model.RunPolicy;
import dev.aura.plugins.automation.model.Step;
import dev.aura.plugins.automation.model.StepType;
import dev.aura.plugins.automation.model.Trigger;
import dev.aura.plugins.automation.model.Workflow;
import dev.aura.plugins.automation.store.AutomationSchema;
import dev.aura.plugins.automation.store.JdbiFlowStore;
import dev.aura.plugins.automation.store.JdbiRunHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder watches on a real folder with real time: a short debounce, and generous timeouts instead of sleeps. */
class FolderWatchTest {
    private static final Duration DEBOUNCE = Duration.ofMillis(200);

    private record Launch(String flowId, String trigger, Map<String, String> variables) {}

    @TempDir
    Path dir;
    private H2Store store;
    private JdbiFlowStore flows;
    private TriggerService service;
    private final BlockingQueue<Launch> launches = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        store = H2Store.open(dir.resolve("aura"));
        store.migrate(AutomationSchema.MIGRATIONS);
        flows = new JdbiFlowStore(store, new InMemoryAuditLog(), Clock.systemUTC());
        service = new TriggerService(flows, new JdbiRunHistory(store, dir.resolve("outputs")),
                (flowId, trigger, variables) -> launches.add(new Launch(flowId, trigger, variables)),
                TriggerClock.system());
    }

    @AfterEach
    void close() {
        service.close();
        store.close();
    }

    private String saveWatching(Path folder) {
        Workflow workflow = new Workflow("inbox", "", Map.of(),
                List.of(Step.of("say", new StepType.Transform("{{ vars.file }}", null, null))),
                List.of(new Trigger.FolderWatch(folder, DEBOUNCE)),
                new Permissions(List.of(folder), List.of(), List.of(), false), RunPolicy.DEFAULT);
        return flows.save(null, workflow, "").flowId();
    }

    private Launch next() throws InterruptedException {
        Launch launch = launches.poll(20, TimeUnit.SECONDS);
        assertThat(launch).as("a run started by the folder watch within 20 s").isNotNull();
        return launch;
    }

    /** Writes a file in several pieces, as an editor or a download does. */
    private static void writeInPieces(Path file) throws IOException {
        Files.writeString(file, "first line\n");
        Files.writeString(file, "second line\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(file, "third line\n", java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void eachNewFileStartsOneRunAfterTheDebounceAndTemporaryFilesNone() throws Exception {
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        String id = saveWatching(inbox);
        service.start(false);

        Files.writeString(inbox.resolve("report.tmp"), "partial");
        Files.writeString(inbox.resolve(".~lock.a.txt#"), "lock");
        writeInPieces(inbox.resolve("a.txt"));
        Launch first = next();
        writeInPieces(inbox.resolve("b.txt"));
        Launch second = next();

        Path a = inbox.resolve("a.txt").toAbsolutePath();
        assertThat(first).isEqualTo(new Launch(id, "folder " + a,
                Map.of("file", a.toString(), "fileName", "a.txt", "event", "created")));
        assertThat(second.variables()).containsEntry("fileName", "b.txt").containsEntry("event", "created");
        // Both temporary files were written before a.txt, so a run for them would have come first.
        List<Launch> rest = new ArrayList<>();
        launches.drainTo(rest);
        assertThat(rest).isEmpty();
    }

    @Test
    void aChangedFileStartsARunMarkedModified() throws Exception {
        Path inbox = Files.createDirectory(dir.resolve("inbox"));
        Files.writeString(inbox.resolve("notes.md"), "old");
        saveWatching(inbox);
        service.start(false);

        Files.writeString(inbox.resolve("notes.md"), "new");

        assertThat(next().variables()).containsEntry("fileName", "notes.md").containsEntry("event", "modified");
    }

    @Test
    void aMissingFolderIsWatchedOnceItExistsAndTheWorkflowsAreRefreshed() throws Exception {
        Path later = dir.resolve("later");
        saveWatching(later);
        service.start(false);

        Files.createDirectory(later);
        service.refresh();
        Files.writeString(later.resolve("c.txt"), "c");

        assertThat(next().variables()).containsEntry("fileName", "c.txt");
    }
}
