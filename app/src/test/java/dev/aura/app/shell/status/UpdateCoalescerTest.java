package dev.aura.app.shell.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UpdateCoalescerTest {
    @Test
    void aBurstOfRequestsBecomesOneFlush() {
        List<Runnable> queued = new ArrayList<>();
        AtomicInteger flushes = new AtomicInteger();
        var coalescer = new UpdateCoalescer(queued::add, Duration.ZERO, flushes::incrementAndGet);
        for (int i = 0; i < 500; i++) {
            coalescer.request();
        }
        assertThat(queued).hasSize(1);
        queued.getFirst().run();
        assertThat(flushes).hasValue(1);
    }

    @Test
    void aRequestAfterTheFlushSchedulesTheNextOne() {
        List<Runnable> queued = new ArrayList<>();
        var coalescer = new UpdateCoalescer(queued::add, Duration.ZERO, () -> {});
        coalescer.request();
        queued.removeFirst().run();
        coalescer.request();
        assertThat(queued).hasSize(1);
    }

    @Test
    void aFlushSoonAfterTheLastOneWaitsForTheInterval() throws Exception {
        CountDownLatch second = new CountDownLatch(2);
        List<Long> times = new java.util.concurrent.CopyOnWriteArrayList<>();
        var coalescer = new UpdateCoalescer(Runnable::run, Duration.ofMillis(50), () -> {
            times.add(System.nanoTime());
            second.countDown();
        });
        coalescer.request();
        coalescer.request(); // within the interval: delayed, not dropped
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(45));
    }
}
