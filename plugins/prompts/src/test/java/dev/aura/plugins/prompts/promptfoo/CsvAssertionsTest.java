package dev.aura.plugins.prompts.promptfoo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvAssertionsTest {
    private static AssertionSpec parse(String expected) {
        return CsvAssertions.fromString(expected);
    }

    @Test
    void typedPrefixesBecomeThatTypeWithTheValueAsWritten() {
        assertThat(parse("icontains:Paris")).isEqualTo(AssertionSpec.of("icontains", "Paris"));
        assertThat(parse("contains: 42 ")).isEqualTo(AssertionSpec.of("contains", " 42 "));
        assertThat(parse("contains:42")).isEqualTo(AssertionSpec.of("contains", "42"));
        assertThat(parse("regex:^[A-Z]")).isEqualTo(AssertionSpec.of("regex", "^[A-Z]"));
        assertThat(parse("starts-with:Yes")).isEqualTo(AssertionSpec.of("starts-with", "Yes"));
    }

    @Test
    void notPrefixNegates() {
        assertThat(parse("not-icontains:sorry")).isEqualTo(new AssertionSpec("icontains", true, "sorry", null, 1, null));
    }

    @Test
    void functionsAndRubricsHaveLegacyPrefixes() {
        assertThat(parse("fn:output.length > 3")).isEqualTo(AssertionSpec.of("javascript", "output.length > 3"));
        assertThat(parse("javascript: output === 'x'")).isEqualTo(AssertionSpec.of("javascript", "output === 'x'"));
        assertThat(parse("eval:true")).isEqualTo(AssertionSpec.of("javascript", "true"));
        assertThat(parse("grade:is polite")).isEqualTo(AssertionSpec.of("llm-rubric", "is polite"));
        assertThat(parse("python: len(output) > 3")).isEqualTo(AssertionSpec.of("python", "len(output) > 3"));
        assertThat(parse("file://checks/grade.py")).isEqualTo(AssertionSpec.of("python", "checks/grade.py"));
        assertThat(parse("file://checks/grade.js:score")).isEqualTo(AssertionSpec.of("javascript", "checks/grade.js:score"));
        assertThat(parse("llm-rubric:is short")).isEqualTo(AssertionSpec.of("llm-rubric", "is short"));
    }

    @Test
    void similarTakesAThresholdInParenthesesOrPromptfoosDefault() {
        assertThat(parse("similar(0.8):hello world")).isEqualTo(AssertionSpec.of("similar", "hello world").withThreshold(0.8));
        assertThat(parse("similar:hello")).isEqualTo(AssertionSpec.of("similar", "hello").withThreshold(0.8));
        assertThat(parse("not-similar(0.5):bye")).isEqualTo(AssertionSpec.of("not-similar", "bye").withThreshold(0.5));
        assertThat(parse("answer-relevance")).isEqualTo(AssertionSpec.of("answer-relevance", null).withThreshold(0.75));
        assertThat(parse("latency(500)")).isEqualTo(AssertionSpec.of("latency", null).withThreshold(500.0));
    }

    @Test
    void listTypesSplitOnCommasAndJsonTypesMayHaveNoValue() {
        assertThat(parse("contains-any:a, b,c")).isEqualTo(AssertionSpec.of("contains-any", List.of("a", "b", "c")));
        assertThat(parse("is-json")).isEqualTo(AssertionSpec.of("is-json", null));
    }

    @Test
    void anythingElseIsAnExactMatch() {
        assertThat(parse("Paris")).isEqualTo(AssertionSpec.of("equals", "Paris"));
        assertThat(parse("unknown-type:x")).isEqualTo(AssertionSpec.of("equals", "unknown-type:x"));
        assertThat(parse("The answer: 42")).isEqualTo(AssertionSpec.of("equals", "The answer: 42"));
    }
}
