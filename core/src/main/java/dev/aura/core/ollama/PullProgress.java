package dev.aura.core.ollama;

/** One line of {@code /api/pull}'s stream; {@code total} is 0 while Ollama has not reported a size. */
public record PullProgress(String status, String digest, long completed, long total) {
    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) completed / total) : -1;
    }
}
