package dev.aura.plugins.prompts.eval.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aura.plugins.prompts.eval.JinjavaPromptTemplates;
import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.eval.TemplateException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A template reaches neither Java nor the host, and cannot run or grow without bound. */
class TemplateSandboxTest {
    private final PromptTemplates templates = new JinjavaPromptTemplates();

    @Test
    void refusesReflectionThroughGetClass() {
        assertThatThrownBy(() -> templates.render("{{ ''.getClass() }}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageNotContaining("java.lang.String");
        assertThatThrownBy(() -> templates.render("{{ name.getClass().forName('java.lang.Runtime') }}",
                        Map.of("name", "x")))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void refusesJavaMethodCallsOnValues() {
        assertThatThrownBy(() -> templates.render("{{ name.toUpperCase() }}", Map.of("name", "ada")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("not allowed")
                .hasMessageContaining("upper");
    }

    @Test
    void readsNoJavaPropertiesOfValues() {
        assertThat(templates.render("[{{ name.class }}][{{ name.bytes }}][{{ name.blank }}]", Map.of("name", "ada")))
                .isEqualTo("[][][]");
    }

    @Test
    void turnsHostObjectsIntoTheirText() {
        Object host = new Thread("worker-7");
        String rendered = templates.render("{{ t.name }}|{{ t }}", Map.of("t", host));
        assertThat(rendered).startsWith("|").contains("worker-7");
    }

    @Test
    void hidesJinjavasOwnInterpreterFromTemplates() {
        assertThat(templates.render("[{{ ____int3rpr3t3r____ }}][{{ ____int3rpr3t3r____.context }}]", Map.of()))
                .isEqualTo("[][]");
    }

    @Test
    void cannotReadFilesThroughInclude() {
        assertThatThrownBy(() -> templates.render("{% include '/etc/passwd' %}", Map.of()))
                .isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> templates.render("{% import 'logback-test.xml' as x %}", Map.of()))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void cutsHugeRangesInsteadOfLoopingForever() {
        String rendered = templates.render("{% for i in range(100000000) %}x{% endfor %}", Map.of());
        assertThat(rendered.length()).isEqualTo(TemplateLimits.DEFAULT.maxLoopItems());
    }

    @Test
    void stopsOutputPastTheSizeCap() {
        PromptTemplates small = new JinjavaPromptTemplates(new TemplateLimits(1_000, 10_000, Duration.ofSeconds(5)));
        assertThatThrownBy(() -> small.render("{% for i in range(5000) %}xx{% endfor %}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("1000 characters");
    }

    @Test
    void refusesFilterNumbersThatWouldAllocateGigabytes() {
        for (String template : List.of("{{ 'a' | center(1000000000) }}", "{{ 'a' | indent(1000000000, true) }}",
                "{{ '%1000000000d' | format(1) }}")) {
            assertThatThrownBy(() -> templates.render(template, Map.of()))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("1000000000")
                    .hasMessageContaining("use a smaller number");
        }
        assertThat(templates.render("{{ 'ab' | center(6) }}", Map.of())).isEqualTo("  ab  ");
    }

    @Test
    void stopsNestedLoopsAtTheTimeLimit() {
        PromptTemplates quick = new JinjavaPromptTemplates(
                new TemplateLimits(1_000_000, 10_000, Duration.ofMillis(200)));
        String nested = "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}"
                + "{% endfor %}{% endfor %}{% endfor %}";
        assertThatThrownBy(() -> quick.render(nested, Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("200 ms");
    }

    @Test
    void leavesTheCallersValuesUnchanged() {
        List<Object> items = new java.util.ArrayList<>(List.of("a"));
        templates.render("{% do items.append('b') %}{{ items }}", Map.of("items", items));
        assertThat(items).containsExactly("a");
    }
}
