package dev.aura.plugins.prompts.eval.assertions;

import static dev.aura.plugins.prompts.eval.assertions.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainsAssertionsTest {
    @Test
    void containsIsCaseSensitiveAndReadsLikePromptfoo() {
        assertThat(grade("contains", "Paris", "The capital is Paris.").pass()).isTrue();
        GradingResult miss = grade("contains", "paris", "The capital is Paris.");
        assertThat(miss.pass()).isFalse();
        assertThat(miss.score()).isZero();
        assertThat(miss.reason()).isEqualTo("Expected output to contain \"paris\"");
    }

    @Test
    void notContainsInvertsVerdictScoreAndReason() {
        GradingResult found = grade("not-contains", "sorry", "I am sorry, I cannot");
        assertThat(found.pass()).isFalse();
        assertThat(found.score()).isZero();
        assertThat(found.reason()).isEqualTo("Expected output to not contain \"sorry\"");
        GradingResult absent = grade("not-contains", "sorry", "Here you go");
        assertThat(absent.pass()).isTrue();
        assertThat(absent.score()).isEqualTo(1);
        assertThat(absent.reason()).isEqualTo("Assertion passed");
    }

    @Test
    void icontainsIgnoresCaseBothWays() {
        assertThat(grade("icontains", "PARIS", "the capital is paris").pass()).isTrue();
        assertThat(grade("icontains", "london", "the capital is paris").reason())
                .isEqualTo("Expected output to contain \"london\"");
        assertThat(grade("not-icontains", "Paris", "PARIS!").reason())
                .isEqualTo("Expected output to not contain \"Paris\"");
    }

    @Test
    void aNumberValueIsLookedForAsJavaScriptWritesIt() {
        assertThat(grade("contains", 4, "2 + 2 = 4").pass()).isTrue();
        assertThat(grade("contains", 2.5, "half of 5 is 2.5").pass()).isTrue();
        assertThat(grade("contains", 3.0, "it is 3 exactly").pass()).isTrue();
    }

    @Test
    void anEmptyValueIsAConfigurationError() {
        assertThatThrownBy(() -> grade("contains", "", "x")).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("\"contains\" assertion needs a string or number value");
        assertThatThrownBy(() -> grade("icontains", null, "x")).isInstanceOf(AssertionConfigException.class);
    }

    @Test
    void containsAnyAcceptsAListOrACommaSeparatedString() {
        assertThat(grade("contains-any", List.of("cat", "dog"), "a dog barks").pass()).isTrue();
        assertThat(grade("contains-any", "cat, dog", "a dog barks").pass()).isTrue();
        GradingResult none = grade("contains-any", "cat, bird", "a dog barks");
        assertThat(none.pass()).isFalse();
        assertThat(none.reason()).isEqualTo("Expected output to contain one of \"cat, bird\"");
        assertThat(grade("not-contains-any", List.of("cat", "dog"), "a dog barks").reason())
                .isEqualTo("Expected output to not contain one of \"cat, dog\"");
        assertThat(grade("not-contains-any", List.of("cat", "dog"), "a bird sings").pass()).isTrue();
    }

    @Test
    void containsAllNamesTheMissingTexts() {
        assertThat(grade("contains-all", "red,green", "red and green").pass()).isTrue();
        GradingResult missing = grade("contains-all", List.of("red", "green", "blue"), "red only");
        assertThat(missing.pass()).isFalse();
        assertThat(missing.reason())
                .isEqualTo("Expected output to contain all of [red, green, blue]. Missing: [green, blue]");
        assertThat(grade("not-contains-all", List.of("red", "blue"), "red only").pass()).isTrue();
        assertThat(grade("not-contains-all", List.of("red"), "red only").reason())
                .isEqualTo("Expected output to not contain all of [red]");
    }

    @Test
    void caseInsensitiveListFormsIgnoreCase() {
        assertThat(grade("icontains-any", "CAT, Dog", "a dog barks").pass()).isTrue();
        assertThat(grade("icontains-all", List.of("RED", "Green"), "red and green").pass()).isTrue();
        assertThat(grade("icontains-all", List.of("RED", "Blue"), "red and green").reason())
                .isEqualTo("Expected output to contain all of [RED, Blue]. Missing: [Blue]");
        assertThat(grade("not-icontains-any", "CAT", "a cat").pass()).isFalse();
    }

    @Test
    void commaListsKeepQuotedCommasAndSkipEmptyFields() {
        assertThat(AssertionValues.list(dev.aura.plugins.prompts.eval.AssertionSpec.of("contains-any",
                " a , \"b, c\",, \"say \\\"hi\\\"\", \"x\"\"y\" ")))
                .containsExactly("a", "b, c", "say \"hi\"", "x\"y");
        assertThat(grade("contains-all", "\"1,000\", euros", "It costs 1,000 euros").pass()).isTrue();
    }

    @Test
    void anUnterminatedQuoteOrAMissingValueIsAConfigurationError() {
        assertThatThrownBy(() -> grade("contains-any", "\"open, b", "x")).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("closing quote");
        assertThatThrownBy(() -> grade("contains-all", null, "x")).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("list value or a comma-separated string");
    }

    @Test
    void anEmptyListMatchesAllButNotAny() {
        assertThat(grade("contains-all", List.of(), "anything").pass()).isTrue();
        assertThat(grade("contains-any", List.of(), "anything").pass()).isFalse();
    }
}
