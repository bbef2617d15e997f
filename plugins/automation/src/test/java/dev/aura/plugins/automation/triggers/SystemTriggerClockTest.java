package dev.aura.plugins.automation.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The real timers: waits with generous timeouts, never fixed sleeps. */
class SystemTriggerClockTest {
    private final TriggerClock clock = TriggerClock.system();

    @Test
    void aTaskRunsNoEarlierThanItsTime() throws InterruptedException {
        Instant at = clock.now().plusMillis(150);
        AtomicReference<Instant> ranAt = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);

        clock.schedule(at, () -> {
            ranAt.set(Instant.now());
            ran.countDown();
        });

        assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ranAt.get()).isAfterOrEqualTo(at);
    }

    @Test
    void aCancelledTaskNeverRunsAndAThrowingTaskStopsNothing() throws InterruptedException {
        AtomicBoolean cancelledRan = new AtomicBoolean();
        CountDownLatch later = new CountDownLatch(1);
        Instant now = clock.now();

        clock.schedule(now.minus(Duration.ofSeconds(1)), () -> {
            throw new IllegalStateException("a failing trigger");
        });
        clock.schedule(now.plusMillis(50), () -> cancelledRan.set(true)).cancel();
        clock.schedule(now.plusMillis(200), later::countDown);

        assertThat(later.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelledRan).isFalse();
    }
}
