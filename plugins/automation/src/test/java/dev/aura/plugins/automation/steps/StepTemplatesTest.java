package dev.aura.plugins.automation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepTemplatesTest {
    private final StepTemplates templates = new StepTemplates();
    private final Map<String, Object> scope = Map.of(
            "vars", Map.of("folder", "notes"),
            "steps", Map.of("fetch", Map.of("json", Map.of("title", "Hi", "tags", List.of("a", "b")))));

    @Test
    void rendersStepOutputsAndVariables() {
        assertThat(templates.render("{{ steps.fetch.json.title }} in {{ vars.folder }}", scope)).isEqualTo("Hi in notes");
    }

    @Test
    void filtersAndLoopsWork() {
        assertThat(templates.render("{% for t in steps.fetch.json.tags %}{{ loop.index }}{{ t|upper }}{% endfor %}",
                scope)).isEqualTo("1A2B");
    }

    @Test
    void evaluateReturnsValuesNotText() {
        assertThat(templates.evaluate("{{ steps.fetch.json.tags }}", scope)).isEqualTo(List.of("a", "b"));
        assertThat(templates.test("steps.fetch.json.tags|length == 2", scope)).isTrue();
        assertThat(templates.test("vars.missing", scope)).isFalse();
    }

    @Test
    void javaMethodsAreOutOfReach() {
        assertThatThrownBy(() -> templates.render("[{{ vars.folder.getClass() }}]", scope))
                .isInstanceOf(StepFailure.class)
                .hasMessageContaining("'getClass()' are not allowed");
    }

    @Test
    void includingFilesIsRefused() {
        assertThatThrownBy(() -> templates.render("{% include '/etc/passwd' %}", scope))
                .isInstanceOf(StepFailure.class);
    }
}
