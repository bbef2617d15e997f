package dev.aura.plugins.prompts.ui;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style spans of a Nunjucks template: {@code {{ variables }}}, {@code {% tags %}} and {@code {# comments #}}.
 * One regex pass, cheap enough to recompute on every change.
 */
public final class TemplateHighlighter {
    public static final String VARIABLE = "tpl-variable";
    public static final String TAG = "tpl-tag";
    public static final String COMMENT = "tpl-comment";

    private static final Pattern SPANS = Pattern.compile(
            "(?<comment>\\{#.*?#})|(?<tag>\\{%.*?%})|(?<variable>\\{\\{.*?}})", Pattern.DOTALL);

    private TemplateHighlighter() {}

    public static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = SPANS.matcher(text);
        int last = 0;
        while (matcher.find()) {
            String style = matcher.group("comment") != null ? COMMENT
                    : matcher.group("tag") != null ? TAG : VARIABLE;
            spans.add(List.of(), matcher.start() - last);
            spans.add(List.of(style), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(List.of(), text.length() - last);
        return spans.create();
    }
}
