package dev.aura.plugins.prompts.eval.javascript;

import java.util.regex.Pattern;

/**
 * Turns an assertion's script into the body of {@code function (output, context)}, as promptfoo does: a multi-line
 * script is already a body (it returns its own result); a single line is an expression and gets {@code return}
 * prepended, or, when it starts with {@code const}/{@code let}/{@code var}, inserted after its last top-level
 * semicolon ({@code const s = JSON.parse(output); s.ok}). One leniency over promptfoo: a single line that already
 * starts with {@code return} is kept as a body instead of failing as {@code return return ...}.
 */
final class FunctionBodies {
    private static final Pattern DECLARATION = Pattern.compile("^(const|let|var)\\s");
    private static final Pattern RETURN_STATEMENT = Pattern.compile("^return\\b");
    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile(";+\\s*$");

    private FunctionBodies() {
    }

    static String of(String script) {
        String value = script.stripTrailing();
        if (value.contains("\n")) {
            return value;
        }
        String trimmed = TRAILING_SEMICOLONS.matcher(value.strip()).replaceFirst("");
        if (RETURN_STATEMENT.matcher(trimmed).find()) {
            return trimmed;
        }
        if (DECLARATION.matcher(trimmed).find()) {
            int semicolon = lastTopLevelSemicolon(trimmed);
            if (semicolon >= 0 && !trimmed.substring(semicolon + 1).isBlank()) {
                return trimmed.substring(0, semicolon + 1) + " return " + trimmed.substring(semicolon + 1).strip();
            }
            return trimmed;
        }
        return "return " + trimmed;
    }

    /**
     * The index of the last semicolon outside strings, template literals, comments and brackets, or -1. Regular
     * expression literals are not recognised: a semicolon inside one written at the top level is taken as a
     * separator, and the script then fails to compile with a message naming the line.
     */
    static int lastTopLevelSemicolon(String code) {
        int depth = 0;
        int last = -1;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(code, i, c);
                continue;
            }
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
                return last;
            }
            if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                last = i;
            }
            i++;
        }
        return last;
    }

    /** The index just past the string that opens at {@code start}; template substitutions are skipped whole. */
    private static int skipString(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (quote == '`' && c == '$' && i + 1 < code.length() && code.charAt(i + 1) == '{') {
                i = skipSubstitution(code, i + 2);
                continue;
            }
            i++;
        }
        return code.length();
    }

    private static int skipSubstitution(String code, int start) {
        int depth = 1;
        int i = start;
        while (i < code.length() && depth > 0) {
            char c = code.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = skipString(code, i, c);
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            i++;
        }
        return i;
    }
}
