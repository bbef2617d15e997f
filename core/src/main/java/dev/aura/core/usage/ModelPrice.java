package dev.aura.core.usage;

import java.util.Objects;

/**
 * What a model's calls cost: prices per million prompt (input) and output tokens, and for a local model the power it
 * draws while generating (watts, null when unknown), priced with {@link PriceBook#electricityPerKwh()}.
 */
public record ModelPrice(String model, double inputPerMillion, double outputPerMillion, Double watts) {
    public ModelPrice {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("A price needs a model name");
        }
        if (inputPerMillion < 0 || outputPerMillion < 0 || (watts != null && watts < 0)) {
            throw new IllegalArgumentException("Prices and watts cannot be negative");
        }
    }
}
