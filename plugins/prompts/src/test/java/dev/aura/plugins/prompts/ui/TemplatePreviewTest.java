package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aura.plugins.prompts.eval.JinjavaPromptTemplates;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatePreviewTest {
    private final JinjavaPromptTemplates templates = new JinjavaPromptTemplates();
    private final TestDef defaults = new TestDef(null, Map.of("company", "Acme", "question", "default?"), List.of(),
            null);

    @Test
    void theTestsVariablesWinOverTheDefaultTestsAndMissingOnesAreListed() {
        TestDef test = new TestDef("t", Map.of("question", "Refund?"), List.of(), null);
        TemplatePreview preview = TemplatePreview.of(templates,
                "{{ company }}: {{ question }} ({{ tone }}, {{ lang }})", test, defaults);
        assertThat(preview.failed()).isFalse();
        assertThat(preview.text()).startsWith("Acme: Refund? (");
        assertThat(preview.missing()).containsExactly("lang", "tone");
    }

    @Test
    void aBrokenTemplateReportsItsLineAndColumn() {
        TemplatePreview preview = TemplatePreview.of(templates, "line one\n{% if x %}never closed", null, defaults);
        assertThat(preview.failed()).isTrue();
        assertThat(preview.error()).isNotBlank();
        assertThat(preview.line()).isGreaterThan(0);
    }
}
