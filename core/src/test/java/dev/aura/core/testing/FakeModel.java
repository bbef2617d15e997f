package dev.aura.core.testing;

import java.time.Instant;

/** A model the fake Ollama knows: installed (in /api/tags) or only pullable from its pretend registry. */
public record FakeModel(
        String name,
        String family,
        String parameterSize,
        String quantizationLevel,
        String format,
        long size,
        String digest,
        Instant modifiedAt,
        long contextLength) {

    /** A small llama-family model with plausible details; ":latest" is added when the name has no tag. */
    public static FakeModel named(String name) {
        String full = name.contains(":") ? name : name + ":latest";
        String digest = String.format("%064x", (long) full.hashCode() & 0xffffffffL);
        return new FakeModel(full, "llama", "3.2B", "Q4_K_M", "gguf", 2_019_393_189L, digest,
                Instant.parse("2026-01-15T10:00:00Z"), 4096);
    }

    public FakeModel withSize(long bytes) {
        return new FakeModel(name, family, parameterSize, quantizationLevel, format, bytes, digest, modifiedAt, contextLength);
    }

    public FakeModel withFamily(String newFamily, String newParameterSize, String newQuantization) {
        return new FakeModel(name, newFamily, newParameterSize, newQuantization, format, size, digest, modifiedAt, contextLength);
    }

    /** Ollama treats "x" and "x:latest" as the same model. */
    static String normalize(String requested) {
        return requested == null ? "" : requested.contains(":") ? requested : requested + ":latest";
    }
}
