package dev.aura.core.ollama;

import java.time.Instant;

/** One entry of {@code /api/tags}. Text fields are empty strings when Ollama does not report them. */
public record InstalledModel(
        String name,
        long sizeBytes,
        String digest,
        Instant modifiedAt,
        String family,
        String parameterSize,
        String quantization,
        String format) {}
