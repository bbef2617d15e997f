package dev.aura.core.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HybridLogicalClockTest {
    private static final long T0 = Instant.parse("2026-11-22T08:00:00Z").toEpochMilli();

    private final AtomicLong wall = new AtomicLong(T0);
    private final HybridLogicalClock clock = new HybridLogicalClock("a1", () -> Instant.ofEpochMilli(wall.get()), null);

    @Test
    void versionCarriesWallMillisCounterAndNode() {
        assertThat(clock.next()).isEqualTo(String.format("%012x-0000-a1", T0));
        assertThat(clock.next()).isEqualTo(String.format("%012x-0001-a1", T0));
        wall.addAndGet(1);
        assertThat(clock.next()).isEqualTo(String.format("%012x-0000-a1", T0 + 1));
    }

    @Test
    void versionsKeepIncreasingWhenTheWallClockGoesBackwards() {
        List<String> versions = new ArrayList<>();
        versions.add(clock.next());
        wall.set(T0 - Duration.ofMinutes(10).toMillis());
        versions.add(clock.next());
        versions.add(clock.next());
        wall.set(T0 + 1);
        versions.add(clock.next());

        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(versions.get(1)).startsWith(String.format("%012x-", T0));
    }

    @Test
    void observingARemoteVersionAheadOfUsOrdersLaterVersionsAfterIt() {
        String remote = HybridLogicalClock.format(T0 + 5_000, 7, "b2");

        String merged = clock.observe(remote);
        String next = clock.next();

        assertThat(merged).isEqualTo(String.format("%012x-0008-a1", T0 + 5_000));
        assertThat(next).isGreaterThan(merged).isGreaterThan(remote);
    }

    @Test
    void observingAnOlderRemoteVersionStillAdvancesTheClock() {
        String local = clock.next();

        String merged = clock.observe(HybridLogicalClock.format(T0 - 1_000, 3, "b2"));

        assertThat(merged).isGreaterThan(local);
    }

    @Test
    void restartsAfterTheLastStoredVersionEvenIfTheClockIsBehindIt() {
        String stored = HybridLogicalClock.format(T0 + 60_000, 4, "a1");

        HybridLogicalClock restarted = new HybridLogicalClock("a1", () -> Instant.ofEpochMilli(T0), stored);

        assertThat(restarted.next()).isGreaterThan(stored);
    }

    @Test
    void refusesRemoteVersionsFarInTheFuture() {
        String future = HybridLogicalClock.format(T0 + Duration.ofDays(2).toMillis(), 0, "b2");

        assertThatThrownBy(() -> clock.observe(future))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check the clock");
        assertThat(clock.next()).startsWith(String.format("%012x-", T0));
    }

    @Test
    void refusesMalformedVersionsAndNodeIds() {
        assertThatThrownBy(() -> clock.observe("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HybridLogicalClock("Node-1", Instant::now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counterOverflowMovesToTheNextMillisecond() {
        HybridLogicalClock nearFull = new HybridLogicalClock("a1", () -> Instant.ofEpochMilli(T0),
                HybridLogicalClock.format(T0, 0xFFFE, "a1"));

        String last = nearFull.next();
        String overflowed = nearFull.next();

        assertThat(last).isEqualTo(String.format("%012x-ffff-a1", T0));
        assertThat(overflowed).isEqualTo(String.format("%012x-0000-a1", T0 + 1)).isGreaterThan(last);
    }
}
