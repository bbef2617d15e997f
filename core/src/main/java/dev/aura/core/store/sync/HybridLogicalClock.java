package dev.aura.core.store.sync;

import java.time.Duration;
import java.time.InstantSource;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A hybrid logical clock (Kulkarni et al.): versions close to wall time that never go backwards, even when the wall
 * clock does, and that order causally after every version observed from another device.
 *
 * <p>A version is {@code 012x millis "-" 04x counter "-" node}, fixed width, so comparing strings compares versions.
 */
public final class HybridLogicalClock {
    /** Remote versions further ahead of our wall clock than this are refused: one bad clock must not drag us along. */
    public static final Duration MAX_DRIFT = Duration.ofHours(24);

    private static final Pattern NODE_ID = Pattern.compile("[0-9a-f]{1,32}");
    private static final int MAX_COUNTER = 0xFFFF;

    private final String nodeId;
    private final InstantSource wallClock;
    private long logical;
    private int counter;

    /**
     * @param nodeId      this device's id, lowercase hex (see {@link NodeIds})
     * @param wallClock   the wall clock
     * @param lastVersion the highest version already stored, or null; new versions are issued after it
     */
    public HybridLogicalClock(String nodeId, InstantSource wallClock, String lastVersion) {
        if (!NODE_ID.matcher(nodeId).matches()) {
            throw new IllegalArgumentException("Node id must be 1-32 lowercase hex digits: " + nodeId);
        }
        this.nodeId = nodeId;
        this.wallClock = wallClock;
        if (lastVersion != null) {
            Parsed last = parse(lastVersion);
            logical = last.millis;
            counter = last.counter;
        }
    }

    public String nodeId() {
        return nodeId;
    }

    /** A new version for a local write, greater than every version issued or observed before. */
    public synchronized String next() {
        long now = wallClock.millis();
        if (now > logical) {
            logical = now;
            counter = 0;
        } else {
            increment();
        }
        return format(logical, counter, nodeId);
    }

    /** Merges a version received from another device and returns a version ordered after both. */
    public synchronized String observe(String remoteVersion) {
        Parsed remote = parse(remoteVersion);
        long now = wallClock.millis();
        if (remote.millis - now > MAX_DRIFT.toMillis()) {
            throw new IllegalArgumentException("Version " + remoteVersion + " is more than " + MAX_DRIFT.toHours()
                    + " hours ahead of this device's clock; check the clock of the device that wrote it.");
        }
        long max = Math.max(Math.max(logical, remote.millis), now);
        if (max == logical && max == remote.millis) {
            counter = Math.max(counter, remote.counter);
            logical = max;
            increment();
        } else if (max == logical) {
            increment();
        } else if (max == remote.millis) {
            logical = max;
            counter = remote.counter;
            increment();
        } else {
            logical = max;
            counter = 0;
        }
        return format(logical, counter, nodeId);
    }

    /** Overflowing the counter borrows the next millisecond: versions must stay strictly increasing. */
    private void increment() {
        if (counter == MAX_COUNTER) {
            logical++;
            counter = 0;
        } else {
            counter++;
        }
    }

    static String format(long millis, int counter, String nodeId) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(millis).substring(4) + "-" + hex.toHexDigits((short) counter) + "-" + nodeId;
    }

    private static Parsed parse(String version) {
        String[] parts = version == null ? new String[0] : version.split("-", 3);
        if (parts.length != 3 || parts[0].length() != 12 || parts[1].length() != 4) {
            throw new IllegalArgumentException("Not a hybrid logical clock version: " + version);
        }
        try {
            return new Parsed(HexFormat.fromHexDigitsToLong(parts[0]), HexFormat.fromHexDigits(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a hybrid logical clock version: " + version, e);
        }
    }

    private record Parsed(long millis, int counter) {}
}
