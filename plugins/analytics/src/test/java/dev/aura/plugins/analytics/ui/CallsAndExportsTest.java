package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.testing.QueuedUiThread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.plugins.analytics.Messages;
import dev.aura.plugins.analytics.model.ExportFormat;
import dev.aura.plugins.analytics.model.RangePreset;
import dev.aura.plugins.analytics.model.TimeRange;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls list pages through the real service; exports write files and tell the user. No toolkit. */
class CallsAndExportsTest {
    @TempDir Path dir;
    private AnalyticsFixture fixture;
    private final QueuedUiThread ui = new QueuedUiThread();
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private Background background;
    private TimeRange month;

    @BeforeEach
    void open() {
        fixture = new AnalyticsFixture(dir);
        background = new Background(new CurrentThreadTaskRunner(), ui);
        Instant now = Instant.now();
        List<AnalyticsFixture.Call> calls = new ArrayList<>();
        for (int i = 0; i < 430; i++) {
            calls.add(AnalyticsFixture.Call.ok(now.minus(Duration.ofMinutes(30L + i * 7L)),
                    i % 10 == 0 ? "gemma3:4b" : "llama3.2", "chat", 100, 50, 120, 1500));
        }
        fixture.insert(calls);
        fixture.service.catchUp(new RecordingJobContext());
        month = RangePreset.LAST_30_DAYS.resolve(now, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void callsLoadAPageAtATimeUntilTheLastAndStartOverForANewFilter() {
        CallsViewModel vm = new CallsViewModel(fixture.service, background, messages);

        vm.show(month, UsageFilter.ALL);
        ui.drain();
        assertThat(vm.rows()).hasSize(200);
        assertThat(vm.rows().getFirst().call().startedAt()).isAfter(vm.rows().getLast().call().startedAt());

        vm.loadMore();
        ui.drain();
        vm.loadMore();
        ui.drain();
        assertThat(vm.rows()).hasSize(430);
        assertThat(vm.completeProperty().get()).isTrue();

        vm.show(month, UsageFilter.ALL.withModels(Set.of("gemma3:4b")));
        ui.drain();
        assertThat(vm.rows()).hasSize(43).allMatch(r -> r.call().model().equals("gemma3:4b"));
    }

    @Test
    void exportingCallsWritesTheFileAndSaysHowManyCalls() throws Exception {
        Exports exports = new Exports(fixture.service, background, messages,
                (level, title, text) -> fixture.notifications.add(level + ": " + title + ": " + text));
        Path file = dir.resolve("calls.csv");

        exports.calls(month, UsageFilter.ALL.withModels(Set.of("gemma3:4b")), file, ExportFormat.CSV);
        ui.drain();

        assertThat(Files.readAllLines(file)).hasSize(44);
        assertThat(fixture.notifications).containsExactly(
                "SUCCESS: Export finished: 43 calls written to " + file + ".");
    }

    @Test
    void anExportThatCannotWriteSaysWhereAndWhatToDo() throws Exception {
        Exports exports = new Exports(fixture.service, background, messages,
                (level, title, text) -> fixture.notifications.add(level + ": " + title + ": " + text));
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        Path file = notAFolder.resolve("calls.json");

        exports.calls(month, UsageFilter.ALL, file, ExportFormat.JSON);
        ui.drain();

        assertThat(fixture.notifications).singleElement().asString().startsWith("ERROR: Export failed: Could not write "
                + file).endsWith("Choose a folder you can write to and try again.");
    }
}
