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
    private static final Set<String> UNTRIMMED_TYPES = Set.of("contains-json", "is-json");
    // promptfoo's default similarity threshold when "similar:" gives none
    static final double DEFAULT_SIMILARITY_THRESHOLD = 0.75;
    private static final Set<String> KNOWN_TYPES = Set.of(
            "equals", "contains", "icontains", "contains-all", "contains-any", "icontains-all", "icontains-any",
            "starts-with", "regex", "is-json", "contains-json", "is-xml", "contains-xml", "is-sql", "contains-sql",
            "javascript", "python", "similar", "llm-rubric", "model-graded-closedqa", "factuality",
            "model-graded-factuality", "answer-relevance", "context-recall", "context-relevance", "context-faithfulness",
            "levenshtein", "rouge-n", "bleu", "latency", "cost", "perplexity", "perplexity-score", "webhook",
            "classifier", "g-eval", "word-count", "finish-reason", "is-refusal", "moderation");

    private CsvAssertions() {}

    static AssertionSpec fromString(String expected) {
        for (String prefix : List.of("javascript:", "fn:", "eval:")) {
            if (expected.startsWith(prefix)) {
                return AssertionSpec.of("javascript", expected.substring(prefix.length()).strip());
            }
        }
        for (String prefix : List.of("grade:", "llm-rubric:")) {
            if (expected.startsWith(prefix)) {
                return AssertionSpec.of("llm-rubric", expected.substring(prefix.length()).strip());
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
            if (UNTRIMMED_TYPES.contains(type)) {
                return AssertionSpec.of(fullType, value).withThreshold(threshold);
            }
            if (type.equals("similar") && threshold == null) {
                threshold = DEFAULT_SIMILARITY_THRESHOLD;
            }
            return AssertionSpec.of(fullType, value == null ? null : value.strip()).withThreshold(threshold);
        }
        return AssertionSpec.of("equals", expected);
    }
}
