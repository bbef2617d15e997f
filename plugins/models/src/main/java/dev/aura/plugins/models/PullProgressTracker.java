package dev.aura.plugins.models;

import dev.aura.core.ollama.PullProgress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Turns Ollama's per-layer pull lines into whole-model progress and a smoothed download speed. One per pull; called
 * from the pulling thread only.
 */
public final class PullProgressTracker {
    /** Below this interval a speed sample is mostly noise from how Ollama batches its lines. */
    private static final long SAMPLE_NANOS = 250_000_000L;
    /** Time constant of the exponential smoothing: the speed follows real changes within a few seconds. */
    private static final double SMOOTHING_SECONDS = 3.0;

    public enum Phase { STARTING, MANIFEST, DOWNLOADING, VERIFYING, WRITING, DONE, OTHER }

    /**
     * @param bytesPerSecond smoothed speed, or -1 until there is enough data to say
     * @param status         Ollama's own status text, for phases we do not know
     */
    public record Snapshot(Phase phase, String status, long completed, long total, double bytesPerSecond) {
        /** 0..1, or -1 while the size is unknown. */
        public double fraction() {
            return total > 0 ? Math.min(1.0, (double) completed / total) : -1;
        }

        public int percent() {
            return total > 0 ? (int) Math.floor(fraction() * 100) : -1;
        }
    }

    private record Layer(long completed, long total) {}

    private final LongSupplier nanoTime;
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private long sampleNanos = Long.MIN_VALUE;
    private long sampleBytes;
    private double speed = -1;
    private Snapshot last = new Snapshot(Phase.STARTING, "", 0, 0, -1);

    public PullProgressTracker(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    public PullProgressTracker() {
        this(System::nanoTime);
    }

    public Snapshot update(PullProgress progress) {
        Phase phase = phaseOf(progress);
        if (progress.digest() != null && !progress.digest().isBlank() && progress.total() > 0) {
            layers.put(progress.digest(), new Layer(progress.completed(), progress.total()));
        }
        long completed = layers.values().stream().mapToLong(Layer::completed).sum();
        long total = layers.values().stream().mapToLong(Layer::total).sum();
        if (phase == Phase.DOWNLOADING) {
            sampleSpeed(completed);
        }
        last = new Snapshot(phase, progress.status() == null ? "" : progress.status(), completed, total, speed);
        return last;
    }

    public Snapshot last() {
        return last;
    }

    private void sampleSpeed(long completed) {
        long now = nanoTime.getAsLong();
        if (sampleNanos == Long.MIN_VALUE) {
            sampleNanos = now;
            sampleBytes = completed;
            return;
        }
        long elapsed = now - sampleNanos;
        if (elapsed < SAMPLE_NANOS) {
            return;
        }
        double seconds = elapsed / 1e9;
        double rate = Math.max(0, completed - sampleBytes) / seconds;
        double weight = 1 - Math.exp(-seconds / SMOOTHING_SECONDS);
        speed = speed < 0 ? rate : speed + weight * (rate - speed);
        sampleNanos = now;
        sampleBytes = completed;
    }

    static Phase phaseOf(PullProgress progress) {
        String status = progress.status() == null ? "" : progress.status().strip().toLowerCase(Locale.ROOT);
        if (status.equals("success")) {
            return Phase.DONE;
        }
        if (status.startsWith("pulling manifest")) {
            return Phase.MANIFEST;
        }
        if (status.startsWith("pulling") || status.startsWith("downloading")) {
            return Phase.DOWNLOADING;
        }
        if (status.startsWith("verifying")) {
            return Phase.VERIFYING;
        }
        if (status.startsWith("writing") || status.startsWith("removing")) {
            return Phase.WRITING;
        }
        return Phase.OTHER;
    }
}
