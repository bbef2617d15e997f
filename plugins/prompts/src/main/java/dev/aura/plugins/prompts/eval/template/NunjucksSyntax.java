package dev.aura.plugins.prompts.eval.template;

import dev.aura.plugins.prompts.eval.TemplateException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few places where promptfoo's Nunjucks syntax differs from what Jinjava parses, bridged before parsing:
 * {@code {% elseif %}} is Nunjucks' spelling of {@code elif}, {@code {% for key, value in object %}} walks an
 * object's entries, and an unknown filter is an error (Jinjava would silently print nothing).
 */
public final class NunjucksSyntax {
    /** The filter that turns a map into its entries for a two-name loop, leaving anything else as it is. */
    public static final String PAIRS_FILTER = "nunjucks_pairs";

    private static final Pattern ELSEIF = Pattern.compile("(\\{%-?\\s*)elseif\\b");
    private static final Pattern PAIR_LOOP = Pattern.compile(
            "(\\{%-?\\s*for\\s+\\w+\\s*,\\s*\\w+\\s+in\\s+)((?:(?!\\bif\\b|\\brecursive\\b|%}).)+?)(\\s*-?%})",
            Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{#.*?#}|\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}"
            + "|\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);
    private static final Pattern FILTER = Pattern.compile(
            "'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"|\\|\\s*([A-Za-z_]\\w*)");

    private NunjucksSyntax() {}

    /** The template in Jinjava's syntax; lengths of lines are kept where possible so error columns still match. */
    public static String toJinjava(String template) {
        if (!template.contains("{%")) {
            return template;
        }
        String translated = ELSEIF.matcher(template).replaceAll("$1elif  ");
        return PAIR_LOOP.matcher(translated).replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + "(" + match.group(2) + ")|" + PAIRS_FILTER + match.group(3)));
    }

    /** @throws TemplateException at the first filter name that {@code known} does not accept */
    public static void checkFilters(String template, Predicate<String> known) {
        Matcher code = CODE.matcher(template);
        while (code.find()) {
            int group = code.group(1) != null ? 1 : code.group(2) != null ? 2 : 0;
            if (group == 0) {
                continue;
            }
            Matcher filter = FILTER.matcher(code.group(group));
            while (filter.find()) {
                String name = filter.group(1);
                if (name != null && !known.test(name)) {
                    int offset = code.start(group) + filter.start(1);
                    int line = 1 + (int) template.substring(0, offset).chars().filter(c -> c == '\n').count();
                    int column = offset - template.lastIndexOf('\n', offset - 1);
                    throw new TemplateException("Template error at line " + line + ", column " + column
                            + ": unknown filter '" + name + "'. Check its spelling (for example upper, lower, trim,"
                            + " default, join, replace, dump) and render it again.", line, column, null);
                }
            }
        }
    }
}
