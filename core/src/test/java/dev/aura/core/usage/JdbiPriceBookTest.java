package dev.aura.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aura.core.settings.JsonFileSettings;
import dev.aura.core.store.H2Store;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The price table in real H2 and settings on disk, and the cost formula it prices calls with. */
class JdbiPriceBookTest {
    @TempDir
    Path dir;

    private H2Store db;
    private JdbiPriceBook prices;

    @BeforeEach
    void open() {
        db = H2Store.open(dir.resolve("aura"));
        prices = new JdbiPriceBook(db::jdbi, JsonFileSettings.load(dir.resolve("settings.json")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void putAddsAndThenReplacesTheModelsOnePrice() {
        prices.put(new ModelPrice("qwen3:8b", 0.1, 0.4, 65.0));
        prices.put(new ModelPrice("Llama3.2:3b", 0, 0, 45.0));
        prices.put(new ModelPrice("qwen3:8b", 0.2, 0.8, null));

        assertThat(prices.all()).containsExactly(new ModelPrice("Llama3.2:3b", 0, 0, 45.0),
                new ModelPrice("qwen3:8b", 0.2, 0.8, null));
        assertThat(prices.find("qwen3:8b")).contains(new ModelPrice("qwen3:8b", 0.2, 0.8, null));
        int rows = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM model_price WHERE model = 'qwen3:8b'").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void removedPricesAreGoneAndCanBeSetAgain() {
        prices.put(new ModelPrice("qwen3:8b", 0.1, 0.4, null));

        prices.remove("qwen3:8b");
        prices.remove("never-priced");

        assertThat(prices.all()).isEmpty();
        assertThat(prices.find("qwen3:8b")).isEmpty();
        prices.put(new ModelPrice("qwen3:8b", 0.3, 0.3, null));
        assertThat(prices.all()).containsExactly(new ModelPrice("qwen3:8b", 0.3, 0.3, null));
    }

    @Test
    void electricityAndCurrencyAreSettingsWithDefaults() {
        assertThat(prices.electricityPerKwh()).isZero();
        assertThat(prices.currency()).isEqualTo("USD");

        prices.setElectricityPerKwh(4.5);
        prices.setCurrency(" THB ");

        assertThat(prices.electricityPerKwh()).isEqualTo(4.5);
        assertThat(prices.currency()).isEqualTo("THB");
        prices.setCurrency(" ");
        assertThat(prices.currency()).isEqualTo("USD");
        assertThatThrownBy(() -> prices.setElectricityPerKwh(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void costIsTokensAtTheirPricesPlusEnergyForTheCallsDuration() {
        prices.put(new ModelPrice("qwen3:8b", 2.0, 6.0, 300.0));
        prices.put(new ModelPrice("cloud", 1.0, 1.0, null));
        prices.setElectricityPerKwh(5.0);
        prices.setCurrency("THB");

        Pricing pricing = prices.pricing();

        // 1,000 prompt x 2/1e6 + 500 output x 6/1e6 = 0.005; 2 minutes at 300 W = 0.01 kWh x 5 = 0.05
        assertThat(pricing.cost("qwen3:8b", 1_000, 500, 120_000)).isCloseTo(0.055, within(1e-12));
        assertThat(pricing.cost("cloud", 1_000_000, 0, 3_600_000)).isCloseTo(1.0, within(1e-12));
        assertThat(pricing.cost("unpriced", 1_000_000, 1_000_000, 3_600_000)).isZero();
        assertThat(pricing.currency()).isEqualTo("THB");
    }

    @Test
    void aPricingSnapshotDoesNotFollowLaterChanges() {
        prices.put(new ModelPrice("qwen3:8b", 1.0, 1.0, null));
        Pricing before = prices.pricing();

        prices.put(new ModelPrice("qwen3:8b", 9.0, 9.0, null));

        assertThat(before.cost("qwen3:8b", 1_000_000, 0, 0)).isEqualTo(1.0);
        assertThat(prices.pricing().cost("qwen3:8b", 1_000_000, 0, 0)).isEqualTo(9.0);
    }

    @Test
    void negativeOrNamelessPricesAreRejected() {
        assertThatThrownBy(() -> new ModelPrice(" ", 1, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModelPrice("m", -1, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModelPrice("m", 1, 1, -5.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
