package dev.aura.core.usage;

import dev.aura.core.settings.Settings;
import dev.aura.core.store.sync.SyncedRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link PriceBook} over the synced {@code model_price} table; the electricity price and currency are settings
 * ({@code prices.electricityPerKwh}, {@code prices.currency}) since they belong to the machine, not to a model.
 */
public final class JdbiPriceBook implements PriceBook {
    static final String ELECTRICITY_KEY = "prices.electricityPerKwh";
    static final String CURRENCY_KEY = "prices.currency";

    private final Supplier<Jdbi> jdbi;
    private final Settings settings;

    public JdbiPriceBook(Supplier<Jdbi> jdbi, Settings settings) {
        this.jdbi = Objects.requireNonNull(jdbi);
        this.settings = Objects.requireNonNull(settings);
    }

    private static final String SELECT = """
            SELECT model, input_per_million, output_per_million, watts FROM model_price WHERE deleted = FALSE""";

    @Override
    public List<ModelPrice> all() {
        return jdbi.get().withHandle(h -> h.createQuery(SELECT + " ORDER BY LOWER(model)").map(JdbiPriceBook::map).list());
    }

    @Override
    public Optional<ModelPrice> find(String model) {
        return jdbi.get().withHandle(h -> h.createQuery(SELECT + " AND model = :model").bind("model", model)
                .map(JdbiPriceBook::map).findFirst());
    }

    private static ModelPrice map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new ModelPrice(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getObject(4, Double.class));
    }

    @Override
    public void put(ModelPrice price) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("model", price.model());
        columns.put("input_per_million", price.inputPerMillion());
        columns.put("output_per_million", price.outputPerMillion());
        columns.put("watts", price.watts());
        jdbi.get().useTransaction(h -> {
            Optional<UUID> existing = idOf(h, price.model());
            if (existing.isPresent()) {
                SyncedRows.update(h, "model_price", existing.get(), columns);
            } else {
                SyncedRows.insert(h, "model_price", columns);
            }
        });
    }

    @Override
    public void remove(String model) {
        jdbi.get().useTransaction(h -> idOf(h, model).ifPresent(id -> SyncedRows.delete(h, "model_price", id)));
    }

    private static Optional<UUID> idOf(org.jdbi.v3.core.Handle h, String model) {
        return h.createQuery("SELECT id FROM model_price WHERE model = :model AND deleted = FALSE")
                .bind("model", model).mapTo(UUID.class).findFirst();
    }

    @Override
    public double electricityPerKwh() {
        return settings.getDouble(ELECTRICITY_KEY, 0);
    }

    @Override
    public void setElectricityPerKwh(double pricePerKwh) {
        if (pricePerKwh < 0 || Double.isNaN(pricePerKwh)) {
            throw new IllegalArgumentException("The electricity price cannot be negative");
        }
        settings.putDouble(ELECTRICITY_KEY, pricePerKwh);
    }

    @Override
    public String currency() {
        return settings.get(CURRENCY_KEY, "USD");
    }

    @Override
    public void setCurrency(String currency) {
        settings.put(CURRENCY_KEY, currency == null || currency.isBlank() ? "USD" : currency.strip());
    }

    @Override
    public Pricing pricing() {
        Map<String, ModelPrice> byModel = new LinkedHashMap<>();
        all().forEach(p -> byModel.put(p.model(), p));
        return new Pricing(byModel, electricityPerKwh(), currency());
    }
}
