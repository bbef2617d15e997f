package dev.aura.plugins.prompts.eval.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.JinjavaPromptTemplates;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import org.junit.jupiter.api.Test;

/** The names a variables form asks for: what a template reads and does not define itself. */
class TemplateVariableScannerTest {
    private final PromptTemplates templates = new JinjavaPromptTemplates();

    @Test
    void findsPlainVariablesInOrder() {
        assertThat(templates.variables("Translate {{ input }} to {{language}}, {{ input }} again"))
                .containsExactly("input", "language");
    }

    @Test
    void findsContextAVariableNameRetrievalPromptsUse() {
        assertThat(templates.variables("Answer from {{ context }} only: {{ question }}"))
                .containsExactly("context", "question");
    }

    @Test
    void namesOnlyTheRootOfNestedAccess() {
        assertThat(templates.variables("{{ user.name }} {{ items[0].title }} {{ doc['key'] }}"))
                .containsExactly("user", "items", "doc");
    }

    @Test
    void skipsFilterNamesButKeepsVariablesInFilterArguments() {
        assertThat(templates.variables("{{ name | default(fallback) | upper }} {{ tags | join(', ') }}"))
                .containsExactly("name", "fallback", "tags");
    }

    @Test
    void findsVariablesInConditionsAndLoopSources() {
        assertThat(templates.variables(
                        "{% if tone == 'formal' and not casual %}x{% elif level > limit %}y{% endif %}"
                                + "{% for q in questions %}{{ q }} {{ loop.index }} {{ suffix }}{% endfor %}"))
                .containsExactly("tone", "casual", "level", "limit", "questions", "suffix");
    }

    @Test
    void leavesOutNamesTheTemplateDefines() {
        assertThat(templates.variables("{% set greeting = 'Hi ' ~ name %}{{ greeting }}"
                        + "{% for key, value in pairs | dictsort %}{{ key }}={{ value }}{% endfor %}"
                        + "{% set block %}{{ inner }}{% endset %}{{ block }}"))
                .containsExactly("name", "pairs", "inner");
    }

    @Test
    void ignoresStringsKeywordsTestsAndComments() {
        assertThat(templates.variables("{# {{ hidden }} #}{{ 'topic' }} {% if x is defined and y is not none %}"
                        + "{{ true }}{% endif %}{% raw %}{{ literal }}{% endraw %}"))
                .containsExactly("x", "y");
    }

    @Test
    void skipsFunctionCallsAndKeywordArguments() {
        assertThat(templates.variables("{% for i in range(count) %}{{ text | truncate(length=size) }}{% endfor %}"))
                .containsExactly("count", "text", "size");
    }

    @Test
    void findsWhatItCanInATemplateThatDoesNotParse() {
        assertThat(templates.variables("{{ topic }} {% if audience %} unclosed")).containsExactly("topic", "audience");
    }
}
