package dev.aura.plugins.chat.model;

/** What one answer cost; null fields were not reported. */
public record MessageFigures(
        Integer promptTokens, Integer outputTokens, Long timeToFirstTokenMs, Double tokensPerSecond, Long durationMs) {
    public static final MessageFigures NONE = new MessageFigures(null, null, null, null, null);
}
