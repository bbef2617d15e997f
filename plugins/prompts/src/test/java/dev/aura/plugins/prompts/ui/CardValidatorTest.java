package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What blocks a save, with the message shown next to the field. */
class CardValidatorTest {
    private final CardValidator validator = new CardValidator(Messages.load(Locale.ENGLISH));

    @Test
    void aBlankTitleAndNoVariantsAreReported() {
        CardContent card = CardContent.blank(" ").withVariants(List.of());
        assertThat(validator.validate(card)).containsOnlyKeys("title", "variants");
        assertThat(validator.validate(card).get("title")).isEqualTo("Give the card a title.");
    }

    @Test
    void assertionValuesMustHaveTheShapeOfTheirType() {
        assertThat(validator.problem(AssertionSpec.of("regex", "(unclosed"))).startsWith("This is not a valid regular");
        assertThat(validator.problem(AssertionSpec.of("latency", null))).contains("needs a threshold");
        assertThat(validator.problem(AssertionSpec.of("latency", null).withThreshold(500.0))).isNull();
        assertThat(validator.problem(AssertionSpec.of("word-count", "many"))).contains("whole number");
        assertThat(validator.problem(AssertionSpec.of("word-count", 20))).isNull();
        assertThat(validator.problem(AssertionSpec.of("levenshtein", "hello"))).contains("needs a threshold");
        assertThat(validator.problem(AssertionSpec.of("contains", ""))).contains("needs a value");
        assertThat(validator.problem(AssertionSpec.of("not-icontains", "sorry"))).isNull();
        assertThat(validator.problem(AssertionSpec.of("is-json", "{\"type\": "))).contains("not valid JSON");
        assertThat(validator.problem(AssertionSpec.of("is-json", Map.of("type", "object")))).isNull();
    }

    @Test
    void problemsAreKeyedByTestAndAssertion() {
        TestDef broken = new TestDef("t", Map.of(), List.of(AssertionSpec.of("contains", "ok"),
                AssertionSpec.of("regex", "[")), null);
        TestDef defaults = new TestDef(null, Map.of(), List.of(AssertionSpec.of("cost", null)), null);
        CardContent card = CardContent.blank("Card").withTests(List.of(broken));
        card = Drafts.defaultTest(card, defaults);
        assertThat(validator.validate(card)).containsOnlyKeys("default.assert.0", "test.0.assert.1");

        TestDef unnamed = new TestDef("t", Map.of("", "value"), List.of(), null);
        assertThat(validator.validate(card.withTests(List.of(unnamed)))).containsKey("test.0.vars");
    }
}
