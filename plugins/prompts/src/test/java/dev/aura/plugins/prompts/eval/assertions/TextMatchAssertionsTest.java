package dev.aura.plugins.prompts.eval.assertions;

import static dev.aura.plugins.prompts.eval.assertions.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextMatchAssertionsTest {
    @Test
    void equalsComparesTheWholeOutputExactly() {
        assertThat(grade("equals", "Hello, World!", "Hello, World!").pass()).isTrue();
        assertThat(grade("equals", "Hello", "Hello ").reason())
                .isEqualTo("Expected output \"Hello \" to equal \"Hello\"");
        assertThat(grade("not-equals", "Hello", "Hello").reason())
                .isEqualTo("Expected output \"Hello\" to not equal \"Hello\"");
        assertThat(grade("not-equals", "Hello", "Bye").pass()).isTrue();
        assertThat(grade("equals", 42, "42").pass()).isTrue();
    }

    @Test
    void equalsWithAnObjectComparesParsedJsonDeeply() {
        Map<String, Object> expected = Map.of("name", "Ada", "tags", List.of("a", "b"), "age", 36);
        assertThat(grade("equals", expected, "{\"tags\":[\"a\",\"b\"], \"age\": 36.0, \"name\":\"Ada\"}").pass())
                .isTrue();
        assertThat(grade("equals", expected, "{\"tags\":[\"b\",\"a\"],\"age\":36,\"name\":\"Ada\"}").pass())
                .isFalse();
        assertThat(grade("equals", List.of(1, 2), "[1,2]").pass()).isTrue();
        assertThat(grade("equals", Map.of("a", 1), "not json").reason())
                .isEqualTo("Expected output \"not json\" to equal \"{\"a\":1}\"");
        assertThat(grade("not-equals", Map.of("a", 1), "not json").pass()).isTrue();
    }

    @Test
    void startsWithDoesNotTrimTheOutput() {
        assertThat(grade("starts-with", "Yes", "Yes, indeed").pass()).isTrue();
        assertThat(grade("starts-with", "Yes", " Yes").reason()).isEqualTo("Expected output to start with \"Yes\"");
        assertThat(grade("not-starts-with", "Yes", "Yes").reason())
                .isEqualTo("Expected output to not start with \"Yes\"");
        assertThatThrownBy(() -> grade("starts-with", 5, "5")).isInstanceOf(AssertionConfigException.class);
    }

    @Test
    void regexFindsThePatternAnywhere() {
        assertThat(grade("regex", "\\d{3}-\\d{4}", "call 555-1234 now").pass()).isTrue();
        assertThat(grade("regex", "^\\d+$", "12a").reason()).isEqualTo("Expected output to match regex \"^\\d+$\"");
        assertThat(grade("not-regex", "error", "an error occurred").reason())
                .isEqualTo("Expected output to not match regex \"error\"");
        assertThat(grade("not-regex", "error", "all fine").pass()).isTrue();
    }

    @Test
    void regexReadsPatternsAsJavaScriptDoes() {
        assertThat(grade("regex", "^\\d+$", "123\n").pass()).as("$ is the very end without the m flag").isFalse();
        assertThat(grade("regex", "^\\d+$", "123").pass()).isTrue();
        assertThat(grade("regex", "\\{\"name\": \"[A-Z][a-z]+\"}", "{\"name\": \"Ada\"}").pass()).isTrue();
        assertThat(grade("regex", "{\"ok\": true}", "got {\"ok\": true}").pass())
                .as("a brace that starts no quantifier is a literal").isTrue();
        assertThat(grade("regex", "a{2}b", "caab").pass()).isTrue();
        assertThat(grade("regex", "a[^]b", "a\nb").pass()).isTrue();
        assertThat(grade("regex", "x[]", "x").pass()).isFalse();
        assertThat(grade("regex", "[[]", "a[b").pass()).isTrue();
        assertThat(grade("regex", "cost \\$5", "cost $5").pass()).isTrue();
    }

    @Test
    void aBadRegexIsAConfigurationErrorThatShowsThePattern() {
        assertThatThrownBy(() -> grade("regex", "(unclosed", "x")).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("Invalid regex pattern").hasMessageContaining("(unclosed");
        assertThatThrownBy(() -> grade("not-regex", "[a-", "x")).isInstanceOf(AssertionConfigException.class);
        assertThatThrownBy(() -> grade("regex", "", "x")).isInstanceOf(AssertionConfigException.class);
    }
}
