package dev.aura.plugins.prompts.eval.assertions;

import static dev.aura.plugins.prompts.eval.assertions.Grading.grade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.AssertionConfigException;
import dev.aura.plugins.prompts.eval.GradingResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonAssertionsTest {
    private static final Map<String, Object> PERSON_SCHEMA = Map.of("type", "object", "required", List.of("name"),
            "properties", Map.of("name", Map.of("type", "string"), "age", Map.of("type", "integer")));

    @Test
    void isJsonAcceptsAnyJsonValueButNotProseAroundIt() {
        assertThat(grade("is-json", null, "{\"a\": 1}").pass()).isTrue();
        assertThat(grade("is-json", null, " [1, 2] ").pass()).isTrue();
        assertThat(grade("is-json", null, "42").pass()).isTrue();
        GradingResult prose = grade("is-json", null, "Here: {\"a\": 1}");
        assertThat(prose.pass()).isFalse();
        assertThat(prose.reason()).isEqualTo("Expected output to be valid JSON");
        assertThat(grade("is-json", null, "{\"a\": 1} trailing").pass()).isFalse();
        assertThat(grade("is-json", null, "{a: 1}").pass()).isFalse();
        assertThat(grade("is-json", null, "").pass()).isFalse();
    }

    @Test
    void notIsJsonFailsOnJson() {
        assertThat(grade("not-is-json", null, "plain text").pass()).isTrue();
        assertThat(grade("not-is-json", null, "{}").reason()).isEqualTo("Expected output to not be valid JSON");
    }

    @Test
    void isJsonValidatesAgainstASchemaGivenAsAnObject() {
        assertThat(grade("is-json", PERSON_SCHEMA, "{\"name\": \"Ada\", \"age\": 36}").pass()).isTrue();
        GradingResult wrongType = grade("is-json", PERSON_SCHEMA, "{\"name\": \"Ada\", \"age\": \"old\"}");
        assertThat(wrongType.pass()).isFalse();
        assertThat(wrongType.reason()).startsWith("JSON does not conform to the provided schema. Errors: ")
                .contains("age");
        assertThat(grade("is-json", PERSON_SCHEMA, "{\"age\": 3}").reason()).contains("name");
    }

    @Test
    void isJsonReadsASchemaWrittenAsYamlOrJsonText() {
        String yaml = "type: object\nrequired: [color]\nproperties:\n  color: {type: string}\n";
        assertThat(grade("is-json", yaml, "{\"color\": \"red\"}").pass()).isTrue();
        assertThat(grade("is-json", yaml, "{\"shade\": \"red\"}").pass()).isFalse();
        assertThat(grade("is-json", "{\"type\": \"array\"}", "[1]").pass()).isTrue();
    }

    @Test
    void notIsJsonWithASchemaFailsOnlyOnConformingJson() {
        assertThat(grade("not-is-json", PERSON_SCHEMA, "{\"name\": \"Ada\"}").reason())
                .isEqualTo("Output is JSON that conforms to the provided schema");
        assertThat(grade("not-is-json", PERSON_SCHEMA, "{\"age\": 1}").pass()).isTrue();
        assertThat(grade("not-is-json", PERSON_SCHEMA, "not json").pass()).isTrue();
    }

    @Test
    void aSchemaThatIsNotASchemaIsAConfigurationError() {
        assertThatThrownBy(() -> grade("is-json", "just words", "{}")).isInstanceOf(AssertionConfigException.class)
                .hasMessageContaining("Invalid JSON schema");
        assertThatThrownBy(() -> grade("is-json", 12, "{}")).isInstanceOf(AssertionConfigException.class);
        assertThatThrownBy(() -> grade("contains-json", "type: [unclosed", "{}"))
                .isInstanceOf(AssertionConfigException.class);
    }

    @Test
    void containsJsonFindsAnObjectInsideProseOrAFence() {
        assertThat(grade("contains-json", null, "Sure! ```json\n{\"ok\": true}\n``` Done.").pass()).isTrue();
        assertThat(grade("contains-json", null, "closing } before opening {").pass()).isFalse();
        assertThat(grade("contains-json", null, "a set {x, y}").pass())
                .as("promptfoo reads braces as a YAML flow mapping, so {x, y} counts as an object").isTrue();
        assertThat(grade("contains-json", null, "no json here").reason())
                .isEqualTo("Expected output to contain valid JSON");
        assertThat(grade("not-contains-json", null, "{\"a\": 1}").reason())
                .isEqualTo("Expected output to not contain valid JSON");
        assertThat(grade("not-contains-json", null, "plain").pass()).isTrue();
    }

    @Test
    void containsJsonAcceptsYamlFlowMappingsAsPromptfooDoes() {
        assertThat(JsonSupport.objectsIn("first {a: 1} then {\"b\": {\"c\": 2}} end"))
                .extracting(node -> node.toString()).containsExactly("{\"a\":1}", "{\"b\":{\"c\":2}}");
    }

    @Test
    void containsJsonAllowsSlashCommentsAsPromptfooDoes() {
        assertThat(JsonSupport.objectsIn("{\"a\": 1 // the answer\n, \"url\": \"http://x\"}"))
                .extracting(node -> node.toString()).containsExactly("{\"a\":1,\"url\":\"http://x\"}");
    }

    @Test
    void schemaFormatsAreChecked() {
        Map<String, Object> schema = Map.of("type", "object", "properties",
                Map.of("email", Map.of("type", "string", "format", "email")));
        assertThat(grade("is-json", schema, "{\"email\": \"ada@example.org\"}").pass()).isTrue();
        assertThat(grade("is-json", schema, "{\"email\": \"not an address\"}").pass()).isFalse();
    }

    @Test
    void aBooleanSchemaAcceptsEverythingOrNothing() {
        assertThat(grade("is-json", true, "{}").pass()).isTrue();
        assertThat(grade("is-json", false, "{}").pass()).isFalse();
        assertThat(grade("is-json", "false", "{}").pass()).isFalse();
    }

    @Test
    void containsJsonPassesWhenAnyFoundObjectMatchesTheSchema() {
        String output = "Draft: {\"age\": 3}. Final: {\"name\": \"Ada\"}";
        assertThat(grade("contains-json", PERSON_SCHEMA, output).pass()).isTrue();
        GradingResult none = grade("contains-json", PERSON_SCHEMA, "Only {\"age\": \"x\"}");
        assertThat(none.pass()).isFalse();
        assertThat(none.reason()).startsWith("JSON does not conform to the provided schema. Errors: ");
        assertThat(grade("not-contains-json", PERSON_SCHEMA, output).reason())
                .isEqualTo("Output contains JSON conforming to the provided schema");
        assertThat(grade("not-contains-json", PERSON_SCHEMA, "Only {\"age\": 1}").pass()).isTrue();
    }
}
