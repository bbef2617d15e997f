package dev.aura.plugins.analytics.model;

/**
 * One model's points on the time charts, one per bucket of {@link Dashboard#buckets()}.
 * {@code tokensPerSecond[i]} is NaN where the model made no call that reported tokens/s.
 */
public record ModelSeries(String model, long[] calls, long[] tokens, double[] tokensPerSecond) {}
