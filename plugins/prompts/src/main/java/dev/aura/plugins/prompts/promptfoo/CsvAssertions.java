package dev.aura.plugins.prompts.promptfoo;

import dev.aura.plugins.prompts.eval.AssertionSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code __expected} column syntax of promptfoo's CSV tests, turned into assertion specs. */
final class CsvAssertions {
    private static final Pattern TYPED = Pattern.compile("^(not-)?([a-z][a-z0-9-]*)(?:\\((\\d+(?:\\.\\d+)?)\\))?(?::([\\s\\S]*))?$");
    private static final Set<String> LIST_TYPES = Set.of("contains-all", "contains-any", "icontains-all", "icontains-any");
    // promptfoo's defaults when "similar:" (or a score-like type) gives no threshold in parentheses
    static final double DEFAULT_SIMILARITY_THRESHOLD = 0.8;
    static final double DEFAULT_SCORE_THRESHOLD = 0.75;
    // promptfoo also defaults cost, latency, levenshtein, perplexity and starts-with to 0.75, which is meaningless
    // for them (latency in ms, distance in edits); Aura leaves their threshold unset instead
    private static final Set<String> SCORE_TYPES = Set.of("answer-relevance", "classifier", "context-faithfulness",
            "context-recall", "context-relevance", "perplexity-score", "rouge-n");
    private static final Set<String> KNOWN_TYPES = Set.of(
            "equals", "contains", "icontains", "contains-all", "contains-any", "icontains-all", "icontains-any",
            "starts-with", "regex", "is-json", "contains-json", "is-xml", "contains-xml", "is-sql", "contains-sql",
            "javascript", "python", "similar", "llm-rubric", "model-graded-closedqa", "factuality",
            "model-graded-factuality", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness",
            "levenshtein", "rouge-n", "bleu", "latency", "cost", "perplexity", "perplexity-score", "webhook",
            "classifier", "g-eval", "word-count", "finish-reason", "is-refusal", "moderation", "is-html", "contains-html",
            "is-valid-function-call", "is-valid-openai-function-call", "is-valid-openai-tools-call", "meteor", "gleu",
            "pi", "guardrails", "search-rubric", "conversation-relevance", "tool-call-f1", "trace-span-count",
            "trace-span-duration", "trace-error-spans");

    private CsvAssertions() {}

    static AssertionSpec fromString(String expected) {
        for (String prefix : List.of("javascript:", "fn:", "eval:")) {
            if (expected.startsWith(prefix)) {
                return AssertionSpec.of("javascript", expected.substring(prefix.length()).strip());
            }
        }
        if (expected.startsWith(ConfigFiles.FILE_PREFIX)) {
            String ref = expected.substring(ConfigFiles.FILE_PREFIX.length()).strip();
            if (ref.endsWith(".py") || ref.contains(".py:")) {
                return AssertionSpec.of("python", ref);
            }
            if (ref.endsWith(".js") || ref.endsWith(".ts") || ref.contains(".js:") || ref.contains(".ts:")) {
                return AssertionSpec.of("javascript", ref);
            }
        }
        for (String prefix : List.of("grade:", "llm-rubric:")) {
            if (expected.startsWith(prefix)) {
                return AssertionSpec.of("llm-rubric", expected.substring(prefix.length()));
            }
        }
        if (expected.startsWith("python:")) {
            return AssertionSpec.of("python", expected.substring("python:".length()).strip());
        }
        Matcher m = TYPED.matcher(expected);
        if (m.matches() && KNOWN_TYPES.contains(m.group(2))) {
            String type = m.group(2);
            String fullType = m.group(1) == null ? type : "not-" + type;
            Double threshold = m.group(3) == null ? null : Double.valueOf(m.group(3));
            String value = m.group(4);
            if (LIST_TYPES.contains(type)) {
                Object list = value == null ? null : Arrays.stream(value.split(",")).map(String::strip).toList();
                return AssertionSpec.of(fullType, list).withThreshold(threshold);
            }
            if (type.equals("similar") && threshold == null) {
                threshold = DEFAULT_SIMILARITY_THRESHOLD;
            } else if (SCORE_TYPES.contains(type) && threshold == null) {
                threshold = DEFAULT_SCORE_THRESHOLD;
            }
            // like promptfoo, the value is kept exactly as written after the colon
            return AssertionSpec.of(fullType, value).withThreshold(threshold);
        }
        return AssertionSpec.of("equals", expected);
    }
}
