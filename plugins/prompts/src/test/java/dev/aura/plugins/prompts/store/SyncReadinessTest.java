package dev.aura.plugins.prompts.store;

import static dev.aura.plugins.prompts.run.CellResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.core.store.H2Store;
import dev.aura.core.store.LazyStore;
import dev.aura.core.testing.InMemoryAuditLog;
import dev.aura.plugins.prompts.cards.CardVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncReadinessTest {
    @TempDir
    Path dir;

    private static List<String> changes(PromptsStoreFixture db) {
        return db.store().jdbi().withHandle(h -> h.createQuery(
                        "SELECT entity || ' ' || op FROM change_log ORDER BY seq").mapTo(String.class).list());
    }

    @Test
    void cardsVersionsAndLabelsAreLoggedForSyncButRunsAreNot() {
        try (PromptsStoreFixture db = PromptsStoreFixture.open(dir)) {
            CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
            db.cards().setLabel(v1.cardId(), "production", 1);
            db.saveRun(v1.cardId(), 1, List.of(PromptsStoreFixture.cell("refund", "A", "m", PASSED)));
            db.cards().removeLabel(v1.cardId(), "production");
            db.cards().delete(v1.cardId());

            assertThat(changes(db)).containsExactly("prompt_card UPSERT", "prompt_card_version UPSERT",
                    "prompt_card_label UPSERT", "prompt_card_label DELETE", "prompt_card DELETE");
        }
    }

    @Test
    void theStoresMigrateALazyStoreOnFirstUse() {
        try (LazyStore lazy = new LazyStore(() -> H2Store.open(dir.resolve("aura")))) {
            JdbiCardStore cards = new JdbiCardStore(lazy, new InMemoryAuditLog(), Clock.systemUTC());
            JdbiRunStore runs = new JdbiRunStore(lazy, Clock.systemUTC());
            assertThat(lazy.isOpen()).isFalse();

            CardVersion v1 = cards.create(PromptsStoreFixture.sampleCard(), null);

            assertThat(cards.latest(v1.cardId())).isEqualTo(v1);
            assertThat(runs.history(v1.cardId(), 5)).isEmpty();
        }
    }
}
