package dev.aura.plugins.prompts.eval.assertions;

import static dev.aura.plugins.prompts.eval.assertions.Grading.context;
import static dev.aura.plugins.prompts.eval.assertions.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountAndDistanceAssertionsTest {
    @Test
    void wordCountSplitsOnAnyWhitespace() {
        assertThat(WordCountAssertion.countWords("  one\ttwo\n\nthree  ")).isEqualTo(3);
        assertThat(WordCountAssertion.countWords("   ")).isZero();
        assertThat(grade("word-count", 3, "one two three").pass()).isTrue();
        assertThat(grade("word-count", "3", "one two three").pass()).isTrue();
        assertThat(grade("word-count", 2, "one two three").reason())
                .isEqualTo("Word count 3 does not equal expected 2");
        assertThat(grade("not-word-count", 3, "one two three").reason())
                .isEqualTo("Expected word count to not equal 3, but got 3");
    }

    @Test
    void wordCountRangesIncludeTheirBounds() {
        Map<String, Object> range = Map.of("min", 2, "max", 3);
        assertThat(grade("word-count", range, "a b").pass()).isTrue();
        assertThat(grade("word-count", range, "a b c").pass()).isTrue();
        assertThat(grade("word-count", range, "a b c d").reason()).isEqualTo("Word count 4 is not between 2 and 3");
        assertThat(grade("not-word-count", range, "a b").reason())
                .isEqualTo("Expected word count to not be between 2 and 3, but got 2");
        assertThat(grade("word-count", Map.of("min", 2), "a").reason()).isEqualTo("Word count 1 is less than minimum 2");
        assertThat(grade("word-count", Map.of("max", 2), "a b c").reason())
                .isEqualTo("Word count 3 is greater than maximum 2");
        assertThat(grade("not-word-count", Map.of("max", 2), "a").reason())
                .isEqualTo("Expected word count to be greater than 2, but got 1");
        assertThat(grade("not-word-count", Map.of("min", 2), "a b").reason())
                .isEqualTo("Expected word count to be less than 2, but got 2");
    }

    @Test
    void wordCountRejectsValuesItCannotRead() {
        assertThatThrownBy(() -> grade("word-count", Map.of("min", 5, "max", 2), "a"))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("min (5) greater than max (2)");
        assertThatThrownBy(() -> grade("word-count", Map.of("exactly", 5), "a"))
                .isInstanceOf(AssertionConfigException.class).hasMessageContaining("\"min\" and/or \"max\"");
        assertThatThrownBy(() -> grade("word-count", "many", "a")).isInstanceOf(AssertionConfigException.class);
        assertThatThrownBy(() -> grade("word-count", null, "a")).isInstanceOf(AssertionConfigException.class);
    }

    @Test
    void levenshteinDistanceIsTheClassicEditDistance() {
        assertThat(LevenshteinAssertion.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(LevenshteinAssertion.distance("", "abc")).isEqualTo(3);
        assertThat(LevenshteinAssertion.distance("same", "same")).isZero();
    }

    @Test
    void levenshteinPassesWithinTheThresholdWhichDefaultsToFive() {
        assertThat(grade("levenshtein", "kitten", "sitting").pass()).isTrue();
        assertThat(grade("levenshtein", "abcdefgh", "").reason())
                .isEqualTo("Levenshtein distance 8 is greater than threshold 5");
        AssertionSpec strict = AssertionSpec.of("levenshtein", "kitten").withThreshold(2.0);
        assertThat(grade(strict, context("sitting")).reason())
                .isEqualTo("Levenshtein distance 3 is greater than threshold 2");
        AssertionSpec zero = AssertionSpec.of("levenshtein", "kitten").withThreshold(0.0);
        assertThat(grade(zero, context("sitting")).pass()).as("promptfoo reads threshold 0 as the default 5").isTrue();
    }

    @Test
    void notLevenshteinFailsWhenTheTextsAreClose() {
        assertThat(grade("not-levenshtein", "kitten", "sitting").reason())
                .isEqualTo("Levenshtein distance 3 is less than or equal to threshold 5");
        assertThat(grade("not-levenshtein", "kitten", "a completely different text").pass()).isTrue();
        assertThatThrownBy(() -> grade("levenshtein", 5, "5")).isInstanceOf(AssertionConfigException.class);
    }
}
