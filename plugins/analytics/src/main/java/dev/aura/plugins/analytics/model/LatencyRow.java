package dev.aura.plugins.analytics.model;

/** Latency percentiles of one model's calls in the range, in milliseconds; null with no calls. */
public record LatencyRow(String model, long calls, Double p50Ms, Double p95Ms, Double p99Ms) {}
