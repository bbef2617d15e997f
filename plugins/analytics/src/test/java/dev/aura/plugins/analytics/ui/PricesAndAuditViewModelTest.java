package dev.aura.plugins.analytics.ui;

import dev.aura.plugins.api.ui.Background;
import dev.aura.plugins.api.testing.QueuedUiThread;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.tasks.CurrentThreadTaskRunner;
import dev.aura.core.usage.ModelPrice;
import dev.aura.plugins.analytics.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prices and the audit log through the real core (H2 in a temp dir), without the toolkit. */
class PricesAndAuditViewModelTest {
    @TempDir Path dir;
    private AnalyticsFixture fixture;
    private final QueuedUiThread ui = new QueuedUiThread();
    private final AtomicInteger refreshed = new AtomicInteger();
    private Background background;
    private final Messages messages = Messages.load(Locale.ENGLISH);

    @BeforeEach
    void open() {
        fixture = new AnalyticsFixture(dir);
        background = new Background(new CurrentThreadTaskRunner(), ui);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void pricesListPricedAndUsedModelsAndSavingWritesThemWithAnAuditEntry() {
        fixture.core.prices().put(new ModelPrice("gpt-4o-mini", 0.15, 0.6, null));
        PricesViewModel vm = prices(List.of("llama3.2", "gemma3:4b"));
        vm.load();
        ui.drain();
        assertThat(vm.rows()).extracting(PriceRow::model).containsExactly("gemma3:4b", "gpt-4o-mini", "llama3.2");

        PriceRow llama = vm.rows().get(2);
        llama.inputProperty().set("0.1");
        llama.outputProperty().set("0,4");
        llama.wattsProperty().set("65");
        vm.electricityProperty().set("0.30");
        vm.save();
        ui.drain();

        assertThat(fixture.core.prices().find("llama3.2")).contains(new ModelPrice("llama3.2", 0.1, 0.4, 65.0));
        assertThat(fixture.core.prices().electricityPerKwh()).isEqualTo(0.30);
        assertThat(fixture.core.audit().page(Long.MAX_VALUE, 10)).extracting(e -> e.action() + " " + e.subject())
                .containsExactly("prices.changed electricity", "prices.changed llama3.2");
        assertThat(fixture.core.audit().page(Long.MAX_VALUE, 10).getLast().details()).contains("\"watts\":65.0");
        assertThat(refreshed).hasValue(1);
    }

    @Test
    void aTypoInAPriceIsShownAndNothingIsSaved() {
        PricesViewModel vm = prices(List.of("llama3.2"));
        vm.load();
        ui.drain();

        vm.rows().getFirst().inputProperty().set("ten");
        vm.save();
        ui.drain();

        assertThat(vm.errorProperty().get()).isEqualTo("“ten” is not a price for llama3.2. "
                + "Type a number of 0 or more, like 0.15.");
        assertThat(fixture.core.prices().all()).isEmpty();
        assertThat(fixture.core.audit().count()).isZero();
        assertThat(refreshed).hasValue(0);
    }

    @Test
    void auditEntriesComeNewestFirstAndVerifyTellsIntactFromBroken() {
        for (int i = 1; i <= 3; i++) {
            fixture.core.audit().append("settings.changed", "theme", java.util.Map.of("value", i));
        }
        AuditViewModel vm = new AuditViewModel(fixture.core.audit(), background, messages);
        vm.reload();
        ui.drain();
        assertThat(vm.entries()).extracting(e -> e.seq()).containsExactly(3L, 2L, 1L);

        vm.verify();
        ui.drain();
        assertThat(vm.verdict()).isEqualTo("The audit log is intact: 3 entries checked.");

        fixture.core.store().jdbi().useHandle(h -> h.execute("UPDATE audit_log SET subject = 'font' WHERE seq = 2"));
        vm.verify();
        ui.drain();
        assertThat(vm.verdict()).startsWith("The audit log is broken at entry 2: entry 2 was altered");
    }

    private PricesViewModel prices(List<String> used) {
        return new PricesViewModel(fixture.core.prices(), fixture.core.audit(), background, messages, () -> used,
                refreshed::incrementAndGet);
    }
}
