package dev.aura.plugins.prompts.cards;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.store.PromptsStoreFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardPromptLibraryTest {
    @TempDir
    Path dir;

    @Test
    void referencesNameTheLatestVersionALabelOrANumber() {
        try (PromptsStoreFixture db = PromptsStoreFixture.open(dir)) {
            CardVersion v1 = db.cards().create(PromptsStoreFixture.sampleCard(), null);
            db.cards().save(v1.cardId(), v1.content().withVariants(
                    List.of(new PromptVariant("A", "Version two: {{ question }}"))), null);
            db.cards().setLabel(v1.cardId(), CardLabel.PRODUCTION, 1);
            CardPromptLibrary library = new CardPromptLibrary(db.cards());

            assertThat(library.template("Support reply")).contains("Version two: {{ question }}");
            assertThat(library.template("support reply@production"))
                    .contains("Answer the customer's question politely: {{ question }}");
            assertThat(library.template("Support reply@2")).contains("Version two: {{ question }}");
            assertThat(library.template("Support reply@staging")).isEmpty();
            assertThat(library.template("Support reply@9")).isEmpty();
            assertThat(library.template("No such card")).isEmpty();
            assertThat(library.references()).containsExactly("Support reply", "Support reply@production");
        }
    }
}
