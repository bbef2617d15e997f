package dev.aura.plugins.analytics.ui;

import dev.aura.core.usage.ModelPrice;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the price table; the numbers stay text until saved, so a half-typed value is no error yet. */
public final class PriceRow {
    private final String model;
    private final StringProperty input = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty watts = new SimpleStringProperty("");
    private final ModelPrice saved;

    PriceRow(String model, ModelPrice saved) {
        this.model = model;
        this.saved = saved;
        if (saved != null) {
            input.set(PriceText.format(saved.inputPerMillion()));
            output.set(PriceText.format(saved.outputPerMillion()));
            watts.set(saved.watts() == null ? "" : PriceText.format(saved.watts()));
        }
    }

    public String model() { return model; }
    public StringProperty inputProperty() { return input; }
    public StringProperty outputProperty() { return output; }
    public StringProperty wattsProperty() { return watts; }

    /** The price as typed, or null when the row is left blank (the model stays without a price). */
    ModelPrice edited() {
        if (input.get().isBlank() && output.get().isBlank() && watts.get().isBlank()) {
            return null;
        }
        return new ModelPrice(model, PriceText.parse(input.get(), model), PriceText.parse(output.get(), model),
                watts.get().isBlank() ? null : PriceText.parse(watts.get(), model));
    }

    ModelPrice saved() {
        return saved;
    }
}
