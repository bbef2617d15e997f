package dev.aura.plugins.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aura.core.ollama.PullProgress;
import dev.aura.plugins.models.PullProgressTracker.Phase;
import dev.aura.plugins.models.PullProgressTracker.Snapshot;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PullProgressTrackerTest {
    private final AtomicLong nanos = new AtomicLong();
    private final PullProgressTracker tracker = new PullProgressTracker(nanos::get);

    @Test
    void addsUpLayersIntoWholeModelProgress() {
        tracker.update(new PullProgress("pulling manifest", "", 0, 0));
        tracker.update(new PullProgress("pulling aaa", "sha256:aaa", 1_000, 2_000));
        Snapshot s = tracker.update(new PullProgress("pulling bbb", "sha256:bbb", 0, 500));

        assertThat(s.phase()).isEqualTo(Phase.DOWNLOADING);
        assertThat(s.completed()).isEqualTo(1_000);
        assertThat(s.total()).isEqualTo(2_500);
        assertThat(s.percent()).isEqualTo(40);
    }

    @Test
    void sizeIsUnknownUntilOllamaReportsOne() {
        Snapshot s = tracker.update(new PullProgress("pulling manifest", "", 0, 0));

        assertThat(s.phase()).isEqualTo(Phase.MANIFEST);
        assertThat(s.fraction()).isEqualTo(-1);
        assertThat(s.bytesPerSecond()).isEqualTo(-1);
    }

    @Test
    void speedFollowsTheDownloadRate() {
        long mb = 1_000_000;
        for (int second = 0; second <= 20; second++) {
            nanos.set(second * 1_000_000_000L);
            tracker.update(new PullProgress("pulling aaa", "sha256:aaa", second * 10 * mb, 1_000 * mb));
        }
        assertThat(tracker.last().bytesPerSecond()).isCloseTo(10 * mb, within(0.01 * mb));
    }

    @Test
    void speedIsSmoothedOverABurst() {
        long mb = 1_000_000;
        for (int second = 0; second <= 10; second++) {
            nanos.set(second * 1_000_000_000L);
            tracker.update(new PullProgress("pulling aaa", "sha256:aaa", second * 10 * mb, 1_000 * mb));
        }
        nanos.set(11_000_000_000L);
        tracker.update(new PullProgress("pulling aaa", "sha256:aaa", 200 * mb, 1_000 * mb));

        // one second at 100 MB/s moves the estimate towards it without jumping there
        assertThat(tracker.last().bytesPerSecond()).isBetween(20.0 * mb, 60.0 * mb);
    }

    @Test
    void recognisesOllamasPhases() {
        assertThat(tracker.update(new PullProgress("verifying sha256 digest", "", 0, 0)).phase())
                .isEqualTo(Phase.VERIFYING);
        assertThat(tracker.update(new PullProgress("writing manifest", "", 0, 0)).phase()).isEqualTo(Phase.WRITING);
        assertThat(tracker.update(new PullProgress("success", "", 0, 0)).phase()).isEqualTo(Phase.DONE);
    }
}
