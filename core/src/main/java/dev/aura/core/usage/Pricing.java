package dev.aura.core.usage;

import java.util.Map;

/**
 * An immutable snapshot of the price table: estimated cost of a call is
 * {@code prompt x input/1e6 + output x output/1e6 + latency hours x watts/1000 x electricity per kWh}.
 * A model without a price costs 0. Linear in the sums, so cost over many calls is cost of their summed figures.
 */
public record Pricing(Map<String, ModelPrice> byModel, double electricityPerKwh, String currency) {
    public static final Pricing FREE = new Pricing(Map.of(), 0, "USD");

    public Pricing {
        byModel = Map.copyOf(byModel);
        currency = currency == null || currency.isBlank() ? "USD" : currency;
    }

    public double cost(String model, long promptTokens, long outputTokens, long latencyMs) {
        ModelPrice p = byModel.get(model);
        if (p == null) {
            return 0;
        }
        double tokens = promptTokens * p.inputPerMillion() / 1e6 + outputTokens * p.outputPerMillion() / 1e6;
        double energy = p.watts() == null ? 0 : latencyMs / 3_600_000.0 * p.watts() / 1000.0 * electricityPerKwh;
        return tokens + energy;
    }
}
