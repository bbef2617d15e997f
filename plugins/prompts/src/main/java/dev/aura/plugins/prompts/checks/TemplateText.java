package dev.aura.plugins.prompts.checks;

import java.util.regex.Pattern;

/** Lines and short excerpts of a template, for findings that point at a line. */
final class TemplateText {
    static final int EXCERPT_CHARS = 80;
    private static final Pattern MARKUP = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}|\\{#.*?#}", Pattern.DOTALL);

    private TemplateText() {}

    /** The 1-based line of {@code offset}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int lineStart(String text, int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    static int lineEnd(String text, int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /** The line around {@code offset}, stripped and cut to a short excerpt. */
    static String lineExcerpt(String text, int offset) {
        return shorten(text.substring(lineStart(text, offset), lineEnd(text, offset)));
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT_CHARS ? flat : flat.substring(0, EXCERPT_CHARS - 1) + "…";
    }

    /** The text a reader of the rendered prompt sees around the variables: template markup removed. */
    static String withoutMarkup(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return MARKUP.matcher(text).replaceAll(" ");
    }
}
