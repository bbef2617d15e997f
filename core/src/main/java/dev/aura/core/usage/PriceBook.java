package dev.aura.core.usage;

import java.util.List;
import java.util.Optional;

/**
 * The user's price table (ADR 0005). Cost is never frozen into the usage log: readers price calls with the current
 * {@link #pricing()}, so a changed price applies to every stored call.
 */
public interface PriceBook {
    List<ModelPrice> all();

    Optional<ModelPrice> find(String model);

    /** Inserts or replaces the price of {@code price.model()}. */
    void put(ModelPrice price);

    void remove(String model);

    double electricityPerKwh();

    void setElectricityPerKwh(double pricePerKwh);

    /** ISO 4217 code shown beside costs; "USD" by default. */
    String currency();

    void setCurrency(String currency);

    /** The current table as one immutable snapshot. */
    Pricing pricing();
}
