package dev.aura.core.ollama;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The answer of {@code /api/show}. */
public record ModelDetails(
        String name,
        String family,
        String parameterSize,
        String quantization,
        String format,
        String license,
        String modelfile,
        String parameters,
        String template,
        String system,
        List<String> capabilities,
        Map<String, Object> modelInfo,
        Instant modifiedAt) {}
