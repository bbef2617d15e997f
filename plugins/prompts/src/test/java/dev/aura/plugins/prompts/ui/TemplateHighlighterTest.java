package dev.aura.plugins.prompts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class TemplateHighlighterTest {
    @Test
    void variablesTagsAndCommentsGetTheirOwnStyles() {
        String text = "Hi {{ name | upper }}!{% if vip %} VIP{% endif %}{# note #}";
        List<String> styled = styled(text, TemplateHighlighter.spans(text));
        assertThat(styled).containsExactly(
                "{{ name | upper }}=" + TemplateHighlighter.VARIABLE,
                "{% if vip %}=" + TemplateHighlighter.TAG,
                "{% endif %}=" + TemplateHighlighter.TAG,
                "{# note #}=" + TemplateHighlighter.COMMENT);
    }

    @Test
    void spansCoverTheWholeTextEvenWithAnUnclosedVariable() {
        String text = "line one\n{{ open";
        StyleSpans<Collection<String>> spans = TemplateHighlighter.spans(text);
        assertThat(spans.length()).isEqualTo(text.length());
        assertThat(styled(text, spans)).isEmpty();
    }

    @Test
    void aVariableSpanningLinesIsOneSpan() {
        String text = "{{\n  name\n}}";
        assertThat(styled(text, TemplateHighlighter.spans(text))).containsExactly(text + "="
                + TemplateHighlighter.VARIABLE);
    }

    private static List<String> styled(String text, StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(text.substring(at, at + span.getLength()) + "=" + String.join(",", span.getStyle()));
            }
            at += span.getLength();
        }
        return out;
    }
}
