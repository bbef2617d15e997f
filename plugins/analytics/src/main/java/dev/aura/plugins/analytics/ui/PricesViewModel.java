package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.core.audit.AuditLog;
import dev.aura.core.usage.ModelPrice;
import dev.aura.core.usage.PriceBook;
import dev.aura.plugins.analytics.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price table being edited: one row per priced model plus the models seen in the usage log, the electricity price
 * and the currency. Saving writes only what changed through the {@link PriceBook}, one audit entry per change.
 */
public final class PricesViewModel {
    private final PriceBook prices;
    private final AuditLog audit;
    private final Background background;
    private final Messages messages;
    private final Supplier<List<String>> usedModels;
    private final Runnable onSaved;
    private final ObservableList<PriceRow> rows = FXCollections.observableArrayList();
    private final StringProperty electricity = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("USD");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private double savedElectricity;
    private String savedCurrency = "USD";

    public PricesViewModel(PriceBook prices, AuditLog audit, Background background, Messages messages,
            Supplier<List<String>> usedModels, Runnable onSaved) {
        this.prices = prices;
        this.audit = audit;
        this.background = background;
        this.messages = messages;
        this.usedModels = usedModels;
        this.onSaved = onSaved;
    }

    private record Loaded(List<ModelPrice> all, double electricity, String currency) {}

    public void load() {
        List<String> seen = usedModels.get();
        busy.set(true);
        error.set("");
        background.run(messages.text("ui.job.prices"),
                job -> new Loaded(prices.all(), prices.electricityPerKwh(), prices.currency()), loaded -> {
                    Map<String, ModelPrice> byModel = new LinkedHashMap<>();
                    loaded.all().forEach(p -> byModel.put(p.model(), p));
                    TreeSet<String> models = new TreeSet<>(byModel.keySet());
                    models.addAll(seen);
                    rows.setAll(models.stream().map(m -> new PriceRow(m, byModel.get(m))).toList());
                    savedElectricity = loaded.electricity();
                    savedCurrency = loaded.currency();
                    electricity.set(PriceText.format(loaded.electricity()));
                    currency.set(loaded.currency());
                    busy.set(false);
                }, failure -> {
                    busy.set(false);
                    error.set(messages.text("ui.error.prices", Background.describe(failure)));
                });
    }

    /** Adds a row for a model not in the usage log yet (ignored when blank or already listed). */
    public void addModel(String model) {
        String name = model == null ? "" : model.strip();
        if (!name.isEmpty() && rows.stream().noneMatch(r -> r.model().equals(name))) {
            rows.add(new PriceRow(name, null));
        }
    }

    /** Validates on the UI thread (so a typo is shown at once), then writes in the background. */
    public void save() {
        List<ModelPrice> changed = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        double kwh;
        String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        try {
            for (PriceRow row : rows) {
                ModelPrice edited = row.edited();
                if (edited == null && row.saved() != null) {
                    cleared.add(row.model());
                } else if (edited != null && !edited.equals(row.saved())) {
                    changed.add(edited);
                }
            }
            kwh = PriceText.parse(electricity.get(), messages.text("ui.prices.electricity"));
        } catch (PriceText.InvalidPriceException e) {
            error.set(messages.text("ui.error.priceInvalid", e.text, e.model));
            return;
        }
        if (!code.matches("[A-Z]{3}")) {
            error.set(messages.text("ui.error.currencyInvalid", currency.get()));
            return;
        }
        error.set("");
        busy.set(true);
        boolean kwhChanged = kwh != savedElectricity;
        boolean currencyChanged = !Objects.equals(code, savedCurrency);
        background.run(messages.text("ui.job.savePrices"), job -> {
            for (ModelPrice p : changed) {
                prices.put(p);
                audit.append("prices.changed", p.model(), priceDetails(p));
            }
            for (String model : cleared) {
                prices.remove(model);
                audit.append("prices.changed", model, Map.of("removed", true));
            }
            if (kwhChanged) {
                prices.setElectricityPerKwh(kwh);
                audit.append("prices.changed", "electricity", Map.of("perKwh", kwh));
            }
            if (currencyChanged) {
                prices.setCurrency(code);
                audit.append("prices.changed", "currency", Map.of("currency", code));
            }
            return changed.size() + cleared.size() + (kwhChanged ? 1 : 0) + (currencyChanged ? 1 : 0);
        }, count -> {
            busy.set(false);
            load();
            if (count > 0) {
                onSaved.run();
            }
        }, failure -> {
            busy.set(false);
            error.set(messages.text("ui.error.savePrices", Background.describe(failure)));
        });
    }

    private static Map<String, Object> priceDetails(ModelPrice p) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("inputPerMillion", p.inputPerMillion());
        details.put("outputPerMillion", p.outputPerMillion());
        if (p.watts() != null) {
            details.put("watts", p.watts());
        }
        return details;
    }

    public ObservableList<PriceRow> rows() { return rows; }
    public StringProperty electricityProperty() { return electricity; }
    public StringProperty currencyProperty() { return currency; }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
