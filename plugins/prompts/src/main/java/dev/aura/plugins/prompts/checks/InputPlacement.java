package dev.aura.plugins.prompts.checks;

import dev.aura.plugins.prompts.eval.template.TemplateVariableScanner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a template pastes untrusted input: a template variable that stands on its own line (or after a label such
 * as "Question:") or whose name says it is free text ({@code input}, {@code message}, {@code document}...). Such an
 * input is delimited when it sits inside quotes, a fenced block ({@code ```}, {@code """}), an XML-like tag, or a
 * section between {@code ---}/{@code ###} lines, or is JSON-encoded ({@code | dump}). An undelimited input followed by
 * instructions can pass for them; one at the end still blurs where the data stops. Variables inside a sentence
 * ("Translate to {{ language }}") are parameters, not flagged.
 */
final class InputPlacement {
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?(.*?)-?}}", Pattern.DOTALL);
    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}.*?(?:\\{%-?\\s*endraw\\s*-?%}|$)",
            Pattern.DOTALL);
    private static final Pattern JSON_FILTER = Pattern.compile("\\|\\s*(?:dump|tojson)\\b");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}\\p{M} _'()/-]{1,40}:");
    private static final Pattern SECTION_LINE = Pattern.compile("\\s*(?:-{3,}|\\*{3,}|={3,}|~{3,}|#{2,}.*)\\s*");
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][\\w:.-]*)(?:\\s[^<>]*)?>");
    private static final Pattern FREE_TEXT_NAME = Pattern.compile("(?i).*(?:input|text|query|question|message|msg"
            + "|content|document|doc|email|mail|comment|review|article|body|prompt|request|ticket|feedback|user"
            + "|transcript|conversation|chat|page|html|post|tweet|context|passage|snippet|description|note|essay"
            + "|story|data|history|reply|answer|says|said|wrote|asks|asked).*");
    private static final Pattern LEADING_CONTEXT = Pattern.compile("\\s*context\\s*(?:\\||\\.|\\[|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    // matched against lower-cased text: a case-insensitive alternation this long is several times slower
    private static final Pattern INSTRUCTION = Pattern.compile("\\b(?:you\\s+are|you're|you\\s+must|you\\s+should"
            + "|you\\s+will|act\\s+as|answer|respond|reply|summari[sz]e|translate|classify|categori[sz]e|explain"
            + "|write|rewrite|extract|return|output|format|do\\s+not|don't|never|always|make\\s+sure|ensure|follow"
            + "|ignore|provide|give|generate|describe|analy[sz]e|list|only|must|should|instructions?|task|please)\\b"
            + "|ตอบ|สรุป|แปล|คุณคือ|คุณเป็น|ห้าม|อย่า|จง|กรุณา|โปรด|เขียน|อธิบาย|วิเคราะห์|จัดหมวด");
    private static final List<String> SECTION_HINTS = List.of("---", "***", "===", "~~~", "##");
    private static final List<String> FENCES = List.of("```", "\"\"\"", "'''", "~~~");
    private static final String QUOTES_OPEN = "\"'“‘«`";
    private static final String QUOTES_CLOSE = "\"'”’»`";

    private final TemplateVariableScanner scanner = new TemplateVariableScanner();

    /** The placement findings of one template, one per variable, in the order they appear. */
    List<Finding> check(String where, String template) {
        if (template.indexOf("{{") < 0 || words(TemplateText.withoutMarkup(template), 3) < 3) {
            return List.of(); // a pass-through prompt ("{{ prompt }}") has no instructions to protect
        }
        List<int[]> raw = new ArrayList<>();
        Matcher rawBlock = RAW.matcher(template);
        while (template.contains("raw") && rawBlock.find()) {
            raw.add(new int[] {rawBlock.start(), rawBlock.end()});
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        Matcher output = OUTPUT.matcher(template);
        while (output.find()) {
            int start = output.start();
            int end = output.end();
            if (raw.stream().anyMatch(r -> start >= r[0] && start < r[1])) {
                continue;
            }
            String expression = output.group(1);
            List<String> names = variables(expression);
            if (names.isEmpty()) {
                continue;
            }
            String variable = names.getFirst();
            boolean untrusted = isBlock(template, start, end)
                    || names.stream().anyMatch(n -> FREE_TEXT_NAME.matcher(n).matches());
            if (!untrusted || reported.contains(variable)
                    || JSON_FILTER.matcher(expression).find() || isDelimited(template, start, end)) {
                continue;
            }
            reported.add(variable);
            boolean before = instructionsFollow(TemplateText.withoutMarkup(template.substring(end)));
            findings.add(new Finding(before ? Finding.Kind.VARIABLE_BEFORE_INSTRUCTIONS : Finding.Kind.UNDELIMITED_INPUT,
                    before ? Finding.Severity.HIGH : Finding.Severity.MEDIUM, where,
                    TemplateText.lineOf(template, start), TemplateText.lineExcerpt(template, start),
                    List.of(variable)));
        }
        return findings;
    }

    /** The variables an output expression reads, but {@code loop}; the scanner's "context" keyword counts too. */
    private List<String> variables(String expression) {
        List<String> names = scanner.variables("{{" + expression + "}}").stream()
                .filter(name -> !name.equals("loop")).toList();
        if (names.isEmpty() && LEADING_CONTEXT.matcher(expression).lookingAt()) {
            return List.of("context"); // a plain variable in Nunjucks, a keyword only in import tags
        }
        return names;
    }

    /**
     * Alone on its line, or at the end of a line after a label that names free text ("Question:", "User says:"):
     * "Language: {{ language }}" is a setting, not an input.
     */
    private static boolean isBlock(String template, int start, int end) {
        String left = TemplateText.withoutMarkup(template.substring(TemplateText.lineStart(template, start), start))
                .strip();
        String right = TemplateText.withoutMarkup(template.substring(end, TemplateText.lineEnd(template, end))).strip();
        if (!right.isEmpty()) {
            return false;
        }
        return left.isEmpty() || LABEL.matcher(left).matches() && FREE_TEXT_NAME.matcher(left).matches();
    }

    static boolean isDelimited(String template, int start, int end) {
        return quoted(template, start, end) || fenced(template, start, end) || tagged(template, start, end)
                || inSection(template, start, end);
    }

    private static boolean quoted(String template, int start, int end) {
        int before = start - 1;
        while (before >= 0 && (template.charAt(before) == ' ' || template.charAt(before) == '\t')) {
            before--;
        }
        int after = end;
        while (after < template.length() && (template.charAt(after) == ' ' || template.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= template.length()) {
            return false;
        }
        int open = QUOTES_OPEN.indexOf(template.charAt(before));
        return open >= 0 && QUOTES_CLOSE.charAt(open) == template.charAt(after);
    }

    private static boolean fenced(String template, int start, int end) {
        for (String fence : FENCES) {
            int opened = 0;
            for (int i = template.indexOf(fence); i >= 0 && i < start; i = template.indexOf(fence, i + fence.length())) {
                opened++;
            }
            if (opened % 2 == 1 && template.indexOf(fence, end) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Inside the innermost tag opened before the input and closed after it: {@code <input>{{ x }}</input>}. */
    private static boolean tagged(String template, int start, int end) {
        if (template.lastIndexOf('<', start) < 0) {
            return false;
        }
        List<String> names = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher tag = OPEN_TAG.matcher(template).region(0, start);
        while (tag.find()) {
            names.add(tag.group(1));
            ends.add(tag.end());
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            if (template.indexOf("</" + names.get(i) + ">", ends.get(i)) >= end) {
                return true;
            }
        }
        return false;
    }

    /** Between a {@code ---}/{@code ###} line above and one below (or the end), with nothing else in between. */
    private static boolean inSection(String template, int start, int end) {
        if (SECTION_HINTS.stream().noneMatch(template::contains)) {
            return false;
        }
        String[] above = template.substring(0, TemplateText.lineStart(template, start)).split("\n", -1);
        boolean openedAbove = false;
        for (int i = above.length - 1; i >= 0; i--) {
            String line = TemplateText.withoutMarkup(above[i]);
            if (SECTION_LINE.matcher(line).matches()) {
                openedAbove = true;
                break;
            }
            if (!line.isBlank()) {
                return false;
            }
        }
        if (!openedAbove) {
            return false;
        }
        int belowStart = TemplateText.lineEnd(template, end);
        for (String line : template.substring(belowStart).split("\n", -1)) {
            String text = TemplateText.withoutMarkup(line);
            if (SECTION_LINE.matcher(text).matches()) {
                return true;
            }
            if (!text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** At least two words after the input, with an imperative or a rule among them. */
    private static boolean instructionsFollow(String following) {
        return words(following, 2) >= 2 && INSTRUCTION.matcher(following.toLowerCase(Locale.ROOT)).find();
    }

    /** The number of words, counting no further than {@code enough}. */
    private static int words(String text, int enough) {
        int count = 0;
        Matcher word = WORD.matcher(text);
        while (count < enough && word.find()) {
            count++;
        }
        return count;
    }
}
