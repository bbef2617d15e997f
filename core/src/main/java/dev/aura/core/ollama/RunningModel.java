package dev.aura.core.ollama;

import java.time.Instant;

/** One entry of {@code /api/ps}. */
public record RunningModel(
        String name,
        long sizeBytes,
        long sizeVram,
        Instant expiresAt,
        String parameterSize,
        String quantization,
        long contextLength) {}
