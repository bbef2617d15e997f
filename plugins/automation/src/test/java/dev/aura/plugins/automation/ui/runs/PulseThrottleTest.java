package dev.aura.plugins.automation.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PulseThrottleTest {
    private final Queue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final Executor uiThread = uiQueue::add;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final PulseThrottle pulse = new PulseThrottle(uiThread, refreshes::incrementAndGet, now::get);

    @Test
    void aFloodOfChangesFromManyThreadsQueuesOneRefresh() throws Exception {
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 2_500; i++) {
                    pulse.request();
                }
                done.countDown();
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aChangeSoonerThanAPulseAfterARefreshWaitsForTheRestOfThePulse() throws Exception {
        pulse.request();
        uiQueue.poll().run();

        now.addAndGet(PulseThrottle.PULSE_NANOS / 4);
        pulse.request();
        pulse.request();

        assertThat(uiQueue).isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (uiQueue.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(refreshes).hasValue(2);
    }

    @Test
    void aChangeDuringARefreshSchedulesTheNextOne() {
        PulseThrottle[] self = new PulseThrottle[1];
        self[0] = new PulseThrottle(uiThread, () -> {
            if (refreshes.incrementAndGet() == 1) {
                self[0].request();
            }
        }, () -> now.addAndGet(PulseThrottle.PULSE_NANOS));
        self[0].request();
        uiQueue.poll().run();

        assertThat(uiQueue).hasSize(1);
    }

    @Test
    void nothingIsRefreshedAfterStop() {
        pulse.request();
        pulse.stop();
        uiQueue.poll().run();
        pulse.request();

        assertThat(refreshes).hasValue(0);
        assertThat(uiQueue).isEmpty();
    }
}
