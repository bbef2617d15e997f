package dev.aura.plugins.prompts.eval.assertions;

import java.util.regex.Pattern;

/**
 * Rewrites the few JavaScript regex constructs that Java reads differently, so {@code new RegExp(p).test(output)}
 * and Java agree: without the {@code m} flag JavaScript's {@code $} matches only at the very end (Java's also before a
 * final line break, which model outputs often have), {@code [^]} is any character and {@code []} none, a
 * {@code {} that starts no quantifier and a {@code [} inside a class are literals.
 */
final class JavaScriptRegex {
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    private JavaScriptRegex() {
    }

    static String toJava(String source) {
        StringBuilder java = new StringBuilder(source.length() + 8);
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                java.append(c).append(source.charAt(++i));
            } else if (inClass) {
                inClass = c != ']';
                java.append(c == '[' ? "\\[" : String.valueOf(c));
            } else if (c == '[' && source.startsWith("[^]", i)) {
                java.append("[\\s\\S]");
                i += 2;
            } else if (c == '[' && source.startsWith("[]", i)) {
                java.append("(?!)");
                i += 1;
            } else if (c == '[') {
                inClass = true;
                java.append(c);
            } else if (c == '{' && !QUANTIFIER.matcher(source).region(i, source.length()).lookingAt()) {
                java.append("\\{");
            } else if (c == '$') {
                java.append("\\z");
            } else {
                java.append(c);
            }
        }
        return java.toString();
    }
}
