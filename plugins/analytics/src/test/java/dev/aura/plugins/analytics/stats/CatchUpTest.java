package dev.aura.plugins.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.JobContext;
import dev.aura.core.testing.RecordingJobContext;
import dev.aura.plugins.analytics.model.Dashboard;
import dev.aura.plugins.analytics.model.UsageFilter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatchUpTest {
    @TempDir
    Path dir;
    StatsFixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void catchUpIsIncrementalAndIdempotent() {
        f = new StatsFixture(dir);
        f.insert(f.call("2025-03-10T10:00:00Z", "llama", 100), f.call("2025-03-10T10:10:00Z", "llama", 200),
                f.call("2025-03-10T11:00:00Z", "qwen", 300));

        assertThat(f.catchUp()).isEqualTo(3);
        assertThat(f.catchUp()).isZero();
        f.insert(f.call("2025-03-10T10:20:00Z", "llama", 400), f.call("2025-03-10T12:00:00Z", "qwen", 500));
        assertThat(f.catchUp()).isEqualTo(2);

        assertThat(f.rollupCalls()).isEqualTo(5);
        assertThat(f.service.pendingCalls()).isZero();
        Dashboard d = f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL);
        assertThat(d.current().calls()).isEqualTo(5);
        assertThat(d.latencyByModel().getFirst().p99Ms()).isEqualTo(400.0);
        // Same hour and model merged into one row: 10:00, 10:10 and 10:20 llama.
        List<Long> llamaRows = f.store.jdbi().withHandle(h -> h.createQuery(
                "SELECT calls FROM usage_rollup WHERE model = 'llama'").mapTo(Long.class).list());
        assertThat(llamaRows).containsExactly(3L);
    }

    @Test
    void largeBacklogsRollUpInChunksWithProgress() {
        f = new StatsFixture(dir, 2);
        for (int i = 0; i < 5; i++) {
            f.insert(f.call("2025-03-10T1" + i + ":00:00Z", "llama", 100));
        }
        RecordingJobContext job = new RecordingJobContext();

        assertThat(f.service.catchUp(job)).isEqualTo(5);

        assertThat(job.messages()).hasSizeGreaterThanOrEqualTo(3).last().asString().contains("up to date");
        assertThat(f.rollupCalls()).isEqualTo(5);
    }

    @Test
    void cancellingStopsBetweenChunksAndTheNextRunResumes() {
        f = new StatsFixture(dir, 2);
        for (int i = 0; i < 5; i++) {
            f.insert(f.call("2025-03-10T1" + i + ":00:00Z", "llama", 100));
        }
        CancelAfterProgress job = new CancelAfterProgress(2);

        assertThat(f.service.catchUp(job)).isEqualTo(2);
        assertThat(f.service.pendingCalls()).isEqualTo(3);
        assertThat(f.catchUp()).isEqualTo(3);
        assertThat(f.rollupCalls()).isEqualTo(5);
    }

    @Test
    void twoCatchUpsAtOnceRollUpEveryCallOnce() throws Exception {
        f = new StatsFixture(dir, 3);
        for (int i = 0; i < 40; i++) {
            f.insert(f.call("2025-03-10T%02d:%02d:00Z".formatted(i % 24, i), "llama", 100 + i));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Long> first = pool.submit(f::catchUp);
            Future<Long> second = pool.submit(f::catchUp);

            assertThat(first.get() + second.get()).isEqualTo(40);
        }
        assertThat(f.rollupCalls()).isEqualTo(40);
        assertThat(f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL).current().calls()).isEqualTo(40);
    }

    @Test
    void unsettledCallsStayInTheTailAndCountOnce() {
        f = new StatsFixture(dir);
        f.insert(f.call("2025-03-10T10:00:00Z", "llama", 100), f.call("2025-03-10T10:10:00Z", "llama", 200),
                f.call("2025-03-10T10:20:00Z", "llama", 300));
        String second = f.store.jdbi().withHandle(h -> h.createQuery("SELECT id FROM usage_log ORDER BY seq")
                .mapTo(String.class).list()).get(1);
        f.recordNow(second);

        assertThat(f.catchUp()).isEqualTo(1);

        Dashboard d = f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL);
        assertThat(d.current().calls()).isEqualTo(3);
        assertThat(d.pendingCalls()).isEqualTo(2);
        assertThat(d.latencyByModel().getFirst().p99Ms()).isEqualTo(300.0);
    }

    @Test
    void aCachedRangeSeesCallsRolledUpAfterItWasRead() {
        f = new StatsFixture(dir);
        f.insert(f.call("2025-03-10T10:00:00Z", "llama", 100), f.call("2025-03-10T12:00:00Z", "llama", 100));
        f.catchUp();
        assertThat(f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL).current().calls()).isEqualTo(2);

        f.insert(f.call("2025-03-10T12:30:00Z", "llama", 100), f.call("2025-03-10T13:00:00Z", "qwen", 100));
        assertThat(f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL).current().calls()).isEqualTo(4);
        f.catchUp();
        Dashboard d = f.service.dashboard(DashboardTest.DAY, UsageFilter.ALL);

        assertThat(d.current().calls()).isEqualTo(4);
        assertThat(d.pendingCalls()).isZero();
        assertThat(d.series().getFirst().calls()[12]).isEqualTo(2);
    }

    /** Cancels itself when it has reported progress {@code after} times. */
    private static final class CancelAfterProgress implements JobContext {
        private final int after;
        private final List<String> messages = new ArrayList<>();

        CancelAfterProgress(int after) {
            this.after = after;
        }

        @Override
        public void progress(double fraction, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return messages.size() >= after;
        }

        @Override
        public void onCancel(Runnable action) {}
    }
}
