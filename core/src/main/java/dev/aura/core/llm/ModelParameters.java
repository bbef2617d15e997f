package dev.aura.core.llm;

/** Sampling and runtime options; null means "the model's default". */
public record ModelParameters(
        Double temperature, Double topP, Integer numCtx, Integer seed, String keepAlive, Integer numPredict) {
    public static final ModelParameters DEFAULTS = new ModelParameters(null, null, null, null, null, null);
}
