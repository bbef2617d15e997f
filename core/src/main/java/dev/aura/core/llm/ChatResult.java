package dev.aura.core.llm;

import java.time.Duration;

/** A finished answer with the figures Ollama reported in its final chunk. */
public record ChatResult(
        String text,
        String model,
        int promptTokens,
        int outputTokens,
        Duration timeToFirstToken,
        Duration totalDuration,
        double tokensPerSecond,
        String doneReason) {}
