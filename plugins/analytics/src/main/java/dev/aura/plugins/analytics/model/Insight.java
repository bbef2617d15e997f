package dev.aura.plugins.analytics.model;

/**
 * An automatic finding, with the calls behind it ({@code range} + {@code filter}).
 *
 * <ul>
 *   <li>LATENCY_JUMP: {@code model}'s p95 latency in {@code range} ({@code current}, ms) against its rolling
 *       baseline ({@code baseline}, ms).</li>
 *   <li>ERROR_RATE_JUMP: {@code model}'s error rate ({@code current}, 0..1) against its baseline.</li>
 *   <li>FASTER_MODEL: in plugin {@code source}, {@code otherModel} passed as many evaluated cases as {@code model}
 *       ({@code passRate}) with median latency {@code current} ms against {@code model}'s {@code baseline} ms.</li>
 * </ul>
 *
 * @param calls how many calls (or evaluated cases) the finding rests on
 */
public record Insight(Kind kind, String source, String model, String otherModel, double baseline, double current,
        double passRate, long calls, TimeRange range, UsageFilter filter) {
    public enum Kind { LATENCY_JUMP, ERROR_RATE_JUMP, FASTER_MODEL }
}
