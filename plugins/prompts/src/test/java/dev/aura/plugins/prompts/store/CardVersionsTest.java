package dev.aura.plugins.prompts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardNotFoundException;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardVersionsTest {
    @TempDir
    Path dir;

    PromptsStoreFixture db;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long rows(String table) {
        return db.store().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    @Test
    void createStoresVersionOneWithTheNote() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), "imported from promptfooconfig.yaml");

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.note()).isEqualTo("imported from promptfooconfig.yaml");
        assertThat(v1.content()).isEqualTo(PromptsStoreFixture.sampleCard());
        assertThat(db.cards().latest(v1.cardId())).isEqualTo(v1);
        assertThat(db.cards().find(v1.cardId())).hasValueSatisfying(card -> {
            assertThat(card.title()).isEqualTo("Support reply");
            assertThat(card.tags()).containsExactly("support", "email");
            assertThat(card.latestVersion()).isEqualTo(1);
            assertThat(card.updatedAt()).isEqualTo(v1.createdAt());
        });
    }

    @Test
    void everySaveAddsTheNextVersionAndLeavesOlderOnesAsTheyWere() {
        CardContent first = PromptsStoreFixture.sampleCard();
        CardVersion v1 = db.cards().create(first, null);
        CardContent second = first.withTitle("Support reply v2");
        CardContent third = second.withVariants(List.of(new PromptVariant("A", "Just answer: {{ question }}")));

        CardVersion v2 = db.cards().save(v1.cardId(), second, null);
        CardVersion v3 = db.cards().save(v1.cardId(), third, "shorter");

        assertThat(List.of(v2.number(), v3.number())).containsExactly(2, 3);
        assertThat(db.cards().versions(v1.cardId())).extracting(CardVersion::number).containsExactly(3, 2, 1);
        assertThat(db.cards().version(v1.cardId(), 1)).contains(v1);
        assertThat(db.cards().version(v1.cardId(), 2).orElseThrow().content()).isEqualTo(second);
        assertThat(db.cards().version(v1.cardId(), 4)).isEmpty();
        assertThat(db.cards().latest(v1.cardId()).content()).isEqualTo(third);
        assertThat(db.cards().find(v1.cardId()).orElseThrow().title()).isEqualTo("Support reply v2");
    }

    @Test
    void savingIdenticalContentWritesNothing() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        long changes = rows("change_log");

        CardVersion again = db.cards().save(v1.cardId(), PromptsStoreFixture.sampleCard(), "no change");

        assertThat(again).isEqualTo(v1);
        assertThat(rows("change_log")).isEqualTo(changes);
        assertThat(rows("prompt_card_version")).isEqualTo(1);
    }

    @Test
    void equalContentWithMapsInAnotherOrderIsNoNewVersion() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("temperature", 0.2);
        parameters.put("seed", 7);
        Map<String, Object> reversed = new LinkedHashMap<>();
        reversed.put("seed", 7);
        reversed.put("temperature", 0.2);
        CardContent sample = PromptsStoreFixture.sampleCard();
        CardVersion v1 = db.cards().create(withParameters(sample, parameters), null);

        CardVersion again = db.cards().save(v1.cardId(), withParameters(sample, reversed), null);

        assertThat(again.number()).isEqualTo(1);
        assertThat(rows("prompt_card_version")).isEqualTo(1);
    }

    private static CardContent withParameters(CardContent c, Map<String, Object> parameters) {
        return new CardContent(c.title(), c.description(), c.tags(), c.variants(), c.systemPrompt(), c.models(),
                parameters, c.tests(), c.defaultTest());
    }

    @Test
    void restoreSavesTheOldContentAsANewVersionWithANote() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        db.cards().save(v1.cardId(), v1.content().withTitle("Renamed"), null);

        CardVersion restored = db.cards().restore(v1.cardId(), 1);

        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.note()).isEqualTo("restored from version 1");
        assertThat(restored.content()).isEqualTo(v1.content());
        assertThat(db.cards().find(v1.cardId()).orElseThrow().title()).isEqualTo("Support reply");
        assertThatThrownBy(() -> db.cards().restore(v1.cardId(), 9))
                .isInstanceOf(CardNotFoundException.class)
                .hasMessageContaining("has no version 9").hasMessageContaining("1 to 3");
    }

    @Test
    void aCardNeedsATitle() {
        assertThatThrownBy(() -> db.cards().create(CardContent.blank("  "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Type a title");
        CardVersion v1 = db.cards().create(CardContent.blank("Draft"), null);
        assertThatThrownBy(() -> db.cards().save(v1.cardId(), CardContent.blank(""), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(rows("prompt_card")).isEqualTo(1);
    }

    @Test
    void unknownOrDeletedCardsSayWhatToDo() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        db.cards().delete(v1.cardId());

        for (String id : List.of(v1.cardId(), "not-a-uuid", "0190a5b2-0000-7000-8000-000000000000")) {
            assertThat(db.cards().find(id)).isEmpty();
            assertThatThrownBy(() -> db.cards().latest(id)).isInstanceOf(CardNotFoundException.class)
                    .hasMessageContaining(id).hasMessageContaining("pick the card again");
            assertThatThrownBy(() -> db.cards().save(id, PromptsStoreFixture.sampleCard(), null))
                    .isInstanceOf(CardNotFoundException.class);
            assertThatThrownBy(() -> db.cards().versions(id)).isInstanceOf(CardNotFoundException.class);
            assertThatThrownBy(() -> db.cards().delete(id)).isInstanceOf(CardNotFoundException.class);
        }
    }

    @Test
    void deleteHidesTheCardAndLeavesATombstone() {
        CardVersion kept = db.cards().create(PromptsStoreFixture.sampleCard().withTitle("Kept"), null);
        CardVersion gone = db.cards().create(PromptsStoreFixture.sampleCard(), null);

        db.cards().delete(gone.cardId());

        assertThat(db.cards().list("", java.util.Set.of())).extracting(c -> c.id()).containsExactly(kept.cardId());
        assertThat(db.cards().findByTitle("Support reply")).isEmpty();
        long tombstones = db.store().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM change_log WHERE entity = 'prompt_card' AND op = 'DELETE'")
                .mapTo(Long.class).one());
        assertThat(tombstones).isEqualTo(1);
    }

    @Test
    void cardsSurviveClosingAndReopeningTheStore() {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        db.cards().save(v1.cardId(), v1.content().withTitle("Second"), "edited");
        db.cards().setLabel(v1.cardId(), "production", 1);

        db = db.reopen();

        assertThat(db.cards().versions(v1.cardId())).extracting(CardVersion::note).containsExactly("edited", null);
        assertThat(db.cards().latest(v1.cardId()).content().title()).isEqualTo("Second");
        assertThat(db.cards().byLabel(v1.cardId(), "production")).contains(v1);
        assertThat(db.cards().version(v1.cardId(), 1).orElseThrow().content())
                .isEqualTo(PromptsStoreFixture.sampleCard());
    }

    @Test
    void concurrentSavesOfOneCardGetDistinctVersionNumbers() throws Exception {
        CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        int saves = 8;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Callable<Integer>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < saves; i++) {
                CardContent content = v1.content().withTitle("Edit " + i);
                tasks.add(() -> {
                    start.await();
                    return db.cards().save(v1.cardId(), content, null).number();
                });
            }
            List<Future<Integer>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> numbers = new java.util.ArrayList<>();
            for (Future<Integer> f : futures) {
                numbers.add(f.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n >= 2 && n <= saves + 1);
        }
        assertThat(db.cards().versions(v1.cardId())).extracting(CardVersion::number)
                .containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1);
    }
}
