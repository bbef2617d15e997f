package dev.aura.plugins.prompts.eval.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the top-level variable names a template reads, for the variables form. It reads the template's own text
 * rather than rendering it, so names in branches that would not run are found too; names the template defines itself
 * ({@code set}, {@code for}, {@code macro} arguments, {@code loop}) are left out. Lenient: a template that does not
 * parse still yields the names found so far.
 */
public final class TemplateVariableScanner {
    private static final Pattern MARKUP = Pattern.compile("\\{#.*?#}|\\{\\{-?(.*?)-?}}|\\{%-?\\s*(\\w+)(.*?)-?%}",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile(
            "'(?:\\\\.|[^'\\\\])*'|\"(?:\\\\.|[^\"\\\\])*\"|\\d+(?:\\.\\d+)?|[A-Za-z_]\\w*|==|!=|<=|>=|\\S");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "is", "if", "else", "true", "false",
            "none", "null", "True", "False", "None", "loop", "recursive", "with", "without", "as", "import",
            "from", "ignore", "missing");

    public Set<String> variables(String template) {
        Set<String> read = new LinkedHashSet<>();
        Set<String> defined = new LinkedHashSet<>();
        Matcher markup = MARKUP.matcher(template);
        boolean inRaw = false;
        while (markup.find()) {
            String tag = markup.group(2);
            if (inRaw) {
                inRaw = !"endraw".equals(tag);
                continue;
            }
            if (markup.group(1) != null) {
                readNames(markup.group(1), read);
            } else if (tag != null) {
                inRaw = "raw".equals(tag);
                scanTag(tag, markup.group(3), read, defined);
            }
        }
        read.removeAll(defined);
        return Collections.unmodifiableSet(read);
    }

    private static void scanTag(String tag, String body, Set<String> read, Set<String> defined) {
        switch (tag) {
            case "set", "for" -> {
                String keyword = "set".equals(tag) ? "=" : " in ";
                int split = body.indexOf(keyword);
                String targets = split < 0 ? body : body.substring(0, split);
                for (String name : targets.split("[,()\\s]+")) {
                    if (!name.isBlank()) {
                        defined.add(name.trim());
                    }
                }
                if (split >= 0) {
                    readNames(body.substring(split + keyword.length()), read);
                }
            }
            case "macro" -> {
                for (String token : tokens(body)) {
                    if (Character.isJavaIdentifierStart(token.charAt(0))) {
                        defined.add(token);
                    }
                }
            }
            default -> readNames(body, read);
        }
    }

    /** Adds each identifier that is read as a variable: not an attribute, filter, test, keyword or keyword argument. */
    private static void readNames(String expression, Set<String> read) {
        List<String> tokens = tokens(expression);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!Character.isJavaIdentifierStart(token.charAt(0)) || KEYWORDS.contains(token)) {
                continue;
            }
            String before = i > 0 ? tokens.get(i - 1) : "";
            String after = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            boolean attributeFilterOrTest = before.equals(".") || before.equals("|") || before.equals("is")
                    || before.equals("not") && i > 1 && tokens.get(i - 2).equals("is");
            boolean callOrKeywordArgument = after.equals("(") || after.equals("=");
            if (!attributeFilterOrTest && !callOrKeywordArgument) {
                read.add(token);
            }
        }
    }

    private static List<String> tokens(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(expression);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
