package dev.aura.core.store.sync;

import java.time.InstantSource;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * UUIDv7 (RFC 9562 §5.7) with a 42-bit counter in rand_a and the top of rand_b (§6.2 method 1), so ids made in the
 * same millisecond, or after the wall clock stepped back, still sort in creation order.
 */
public final class UuidV7Generator {
    private static final int COUNTER_BITS = 42;
    private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;
    private static final long MAX_MILLIS = (1L << 48) - 1;

    private final InstantSource wallClock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private long counter;

    public UuidV7Generator(InstantSource wallClock, RandomGenerator random) {
        this.wallClock = wallClock;
        this.random = random;
    }

    public synchronized UUID next() {
        long now = wallClock.millis() & MAX_MILLIS;
        if (now > lastMillis) {
            lastMillis = now;
            // Seed with the top bit clear, so a burst in one millisecond rarely overflows.
            counter = random.nextLong() & (COUNTER_MAX >>> 1);
        } else if (counter == COUNTER_MAX) {
            lastMillis++;
            counter = 0;
        } else {
            counter++;
        }
        long msb = (lastMillis << 16) | 0x7000L | (counter >>> 30);
        long lsb = 0x8000_0000_0000_0000L | ((counter & 0x3FFF_FFFFL) << 32) | (random.nextInt() & 0xFFFF_FFFFL);
        return new UUID(msb, lsb);
    }
}
