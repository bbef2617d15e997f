package dev.aura.plugins.prompts.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.CardSummary;
import dev.aura.plugins.prompts.cards.CardVersion;
import dev.aura.plugins.prompts.cards.PromptVariant;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardSearchTest {
    @TempDir
    Path dir;

    PromptsStoreFixture db;
    CardVersion support;
    CardVersion thai;
    CardVersion sql;

    @BeforeEach
    void open() {
        db = PromptsStoreFixture.open(dir);
        support = db.cards().create(PromptsStoreFixture.sampleCard(), null);
        thai = db.cards().create(card("แปลภาษา", "Translate to Thai", List.of("translation", "thai"),
                "Translate into Thai: {{ text }}"), null);
        sql = db.cards().create(card("SQL helper", "Writes 100% correct_sql", List.of("code", "Support"),
                "Write a query for {{ request }}"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static CardContent card(String title, String description, List<String> tags, String template) {
        return new CardContent(title, description, tags, List.of(new PromptVariant("A", template)), null, List.of(),
                null, List.of(), null);
    }

    private List<String> titles(String query, Set<String> tags) {
        return db.cards().list(query, tags).stream().map(CardSummary::title).toList();
    }

    @Test
    void blankQueryListsEveryCardMostRecentlySavedFirst() {
        db.cards().save(support.cardId(), support.content().withTitle("Support reply (edited)"), null);

        assertThat(titles("", Set.of())).containsExactly("Support reply (edited)", "SQL helper", "แปลภาษา");
        assertThat(titles(null, null)).hasSize(3);
    }

    @Test
    void searchIgnoresCaseOverTitleDescriptionTagsAndTemplates() {
        assertThat(titles("sql HELPER", Set.of())).containsExactly("SQL helper");
        assertThat(titles("translate to", Set.of())).containsExactly("แปลภาษา");
        assertThat(titles("แปล", Set.of())).containsExactly("แปลภาษา");
        assertThat(titles("TRANSLATION", Set.of())).containsExactly("แปลภาษา");
        assertThat(titles("one sentence", Set.of())).containsExactly("Support reply");
        assertThat(titles("support agent", Set.of())).containsExactly("Support reply");
        assertThat(titles("nothing like this", Set.of())).isEmpty();
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() {
        assertThat(titles("100%", Set.of())).containsExactly("SQL helper");
        assertThat(titles("correct_sql", Set.of())).containsExactly("SQL helper");
        assertThat(titles("%", Set.of())).containsExactly("SQL helper");
        assertThat(titles("t_a", Set.of())).isEmpty();
    }

    @Test
    void searchReadsOnlyTheLatestVersion() {
        db.cards().save(thai.cardId(), card("แปลภาษา", "", List.of(), "Translate into Lao: {{ text }}"), null);

        assertThat(titles("into thai", Set.of())).isEmpty();
        assertThat(titles("into lao", Set.of())).containsExactly("แปลภาษา");
        assertThat(titles("translation", Set.of())).isEmpty();
    }

    @Test
    void tagFilterKeepsCardsWithEveryTag() {
        assertThat(titles("", Set.of("support"))).containsExactlyInAnyOrder("Support reply", "SQL helper");
        assertThat(titles("", Set.of("support", "email"))).containsExactly("Support reply");
        assertThat(titles("query", Set.of("code"))).containsExactly("SQL helper");
        assertThat(titles("", Set.of("support", "thai"))).isEmpty();
    }

    @Test
    void tagsListsEveryTagInUseSorted() {
        db.cards().delete(sql.cardId());

        assertThat(db.cards().tags()).containsExactly("email", "support", "thai", "translation");
    }

    @Test
    void findByTitleIgnoresCaseAndPicksTheNewest() {
        CardVersion newer = db.cards().create(PromptsStoreFixture.sampleCard(), null);

        assertThat(db.cards().findByTitle("  support REPLY ")).hasValueSatisfying(card ->
                assertThat(card.id()).isEqualTo(newer.cardId()));
        assertThat(db.cards().findByTitle("แปลภาษา").orElseThrow().id()).isEqualTo(thai.cardId());
        assertThat(db.cards().findByTitle("Support")).isEmpty();
    }
}
