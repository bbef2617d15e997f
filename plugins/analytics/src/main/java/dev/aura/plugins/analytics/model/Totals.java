package dev.aura.plugins.analytics.model;

/**
 * The figures of a set of calls. Percentiles are nearest-rank over a histogram exact to within 1%
 * (values under 256 ms are exact); null where no call measured them.
 *
 * @param calls              every call, whatever its outcome
 * @param cost               estimated with the current price table
 * @param avgTokensPerSecond the mean of the calls' own tokens/s (calls that reported one)
 */
public record Totals(long calls, long errors, long cancelled, long promptTokens, long outputTokens, double cost,
        Double medianTtftMs, Double p95LatencyMs, Double avgTokensPerSecond) {
    public static final Totals EMPTY = new Totals(0, 0, 0, 0, 0, 0, null, null, null);

    /** Errors over all calls, 0 with no calls. */
    public double errorRate() {
        return calls == 0 ? 0 : (double) errors / calls;
    }

    public long tokens() {
        return promptTokens + outputTokens;
    }

    /**
     * The relative change from {@code before} to {@code now} (0.25 = +25%); null when it has no meaning (no value,
     * or a previous value of 0).
     */
    public static Double change(Double now, Double before) {
        if (now == null || before == null || before == 0) {
            return null;
        }
        return (now - before) / before;
    }
}
