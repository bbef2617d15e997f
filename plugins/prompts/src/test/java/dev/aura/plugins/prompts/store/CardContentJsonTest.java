package dev.aura.plugins.prompts.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardContentJsonTest {
    private static CardContent roundTrip(CardContent content) {
        return CardContentJson.read(CardContentJson.write(content));
    }

    @Test
    void theSampleCardReadsBackEqual() {
        CardContent sample = PromptsStoreFixture.sampleCard();

        assertThat(roundTrip(sample)).isEqualTo(sample);
        assertThat(CardContentJson.write(roundTrip(sample))).isEqualTo(CardContentJson.write(sample));
    }

    @Test
    void aBlankCardReadsBackEqual() {
        CardContent blank = CardContent.blank("ว่าง");

        assertThat(roundTrip(blank)).isEqualTo(blank);
        assertThat(roundTrip(blank).systemPrompt()).isNull();
        assertThat(roundTrip(blank).defaultTest()).isEqualTo(TestDef.empty());
    }

    @Test
    void oddValuesReadBackExactly() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, "two", null, 3.5, List.of(), Map.of()));
        nested.put("deep", Map.of("deeper", Map.of("deepest", List.of(true, false))));
        nested.put("nothing", null);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("question", "ภาษาไทยอ่านได้ไหม? 日本語 and emoji 🚀 \"quotes\" \\ back\nslash\ttab\u0000nul");
        vars.put("empty", "");
        vars.put("missing", null);
        vars.put("int", 42);
        vars.put("negative", -7);
        vars.put("long", 9_000_000_000L);
        vars.put("huge", new BigInteger("123456789012345678901234567890"));
        vars.put("decimal", 0.1);
        vars.put("whole double", 2.0);
        vars.put("flag", true);
        vars.put("nested", nested);
        List<AssertionSpec> asserts = List.of(
                AssertionSpec.of("not-icontains-any", List.of("ขอโทษ", "sorry")),
                AssertionSpec.of("is-json", Map.of("type", "object", "required", List.of("name"))),
                AssertionSpec.of("levenshtein", "hello").withThreshold(3.0).withWeight(0),
                new AssertionSpec("llm-rubric", false, "Polite and in Thai", 0.75, 2.5, "politeness"),
                AssertionSpec.of("latency", null).withThreshold(1500.0),
                AssertionSpec.of("word-count", Map.of("min", 3, "max", 50)),
                AssertionSpec.of("equals", 12));
        TestDef test = new TestDef("ทดสอบ: every odd value", vars, asserts, 0.6);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("temperature", 0.0);
        parameters.put("num_ctx", 8192);
        parameters.put("stop", List.of("\n\n", "###"));
        parameters.put("seed", null);
        CardContent content = new CardContent("การ์ด \"odd\"", "multi\nline", List.of("ไทย", "a b", ""),
                List.of(new PromptVariant("A", "{{ question }}"), new PromptVariant("B", "{% for x in xs %}{{x}}"
                        + "{% endfor %}")),
                "ตอบเป็นภาษาไทย", List.of("llama3.2", "qwen2.5:7b"), parameters,
                List.of(test, new TestDef(null, null, null, null)),
                new TestDef("defaults", Map.of("lang", "th"), List.of(AssertionSpec.of("contains", "")), null));

        CardContent read = roundTrip(content);

        assertThat(read).isEqualTo(content);
        Map<String, Object> readVars = read.tests().getFirst().vars();
        assertThat(readVars.get("int")).isInstanceOf(Integer.class);
        assertThat(readVars.get("long")).isInstanceOf(Long.class);
        assertThat(readVars.get("huge")).isInstanceOf(BigInteger.class);
        assertThat(readVars.get("whole double")).isEqualTo(2.0);
        assertThat(new ArrayList<>(readVars.keySet())).containsExactlyElementsOf(vars.keySet());
        assertThat(readVars).containsEntry("missing", null);
        AssertionSpec rubric = read.tests().getFirst().asserts().get(3);
        assertThat(rubric.threshold()).isEqualTo(0.75);
        assertThat(rubric.weight()).isEqualTo(2.5);
        assertThat(rubric.metric()).isEqualTo("politeness");
        assertThat(read.tests().getFirst().asserts().getFirst().displayType()).isEqualTo("not-icontains-any");
    }

    @Test
    void damagedJsonSaysWhatToDo() {
        assertThatThrownBy(() -> CardContentJson.read("{not json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aura db restore");
        assertThatThrownBy(() -> CardContentJson.read("[]"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("aura db restore");
    }

    @Test
    void gradesReadBackWithEveryAssertionVerdict() {
        AssertionSpec contains = AssertionSpec.of("contains", "Paris");
        AssertionSpec rubric = new AssertionSpec("llm-rubric", false, Map.of("rubric", "concise"), 0.5, 2, "tone");
        TestGrade grade = new TestGrade(false, 0.3333333333333333, "ไม่ผ่าน: expected \"Paris\"",
                List.of(GradingResult.fail(contains, "Expected output to contain \"Paris\""),
                        new GradingResult(rubric, true, 0.5, null)));

        assertThat(TestGradeJson.read(TestGradeJson.write(grade))).isEqualTo(grade);
        assertThat(TestGradeJson.write(null)).isNull();
        assertThat(TestGradeJson.read(null)).isNull();
    }
}
