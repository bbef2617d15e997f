package dev.aura.plugins.prompts.eval.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The grader model's verdict, read as promptfoo reads it: the first JSON object anywhere in the answer; a missing
 * {@code pass} counts as true, a text {@code pass} is true for true/yes/pass/y; a missing or non-numeric
 * {@code score} is 1 or 0 from {@code pass}.
 */
record GraderAnswer(boolean pass, double score, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRUTHY = Pattern.compile("true|yes|pass|y");

    /** Empty when the answer holds no JSON object. */
    static Optional<GraderAnswer> parse(String answer) {
        return firstJsonObject(answer).map(GraderAnswer::of);
    }

    private static GraderAnswer of(JsonNode json) {
        JsonNode passNode = json.path("pass");
        boolean pass = passNode.isMissingNode() || passNode.isNull() || (passNode.isBoolean() ? passNode.asBoolean()
                : TRUTHY.matcher(passNode.asText().toLowerCase(Locale.ROOT)).matches());
        double score = pass ? 1 : 0;
        JsonNode scoreNode = json.path("score");
        if (scoreNode.isNumber() || scoreNode.isTextual()) {
            try {
                double value = Double.parseDouble(scoreNode.asText().strip());
                if (Double.isFinite(value)) {
                    score = value;
                }
            } catch (NumberFormatException notANumber) {
                // promptfoo falls back to the pass verdict as well
            }
        }
        JsonNode reasonNode = json.path("reason");
        String reason = reasonNode.isTextual() ? reasonNode.asText() : reasonNode.isMissingNode() || reasonNode.isNull()
                ? "" : reasonNode.toString();
        return new GraderAnswer(pass, score, reason);
    }

    /** Tries each '{' in turn: small models often wrap the object in prose or a code fence. */
    static Optional<JsonNode> firstJsonObject(String text) {
        for (int start = text.indexOf('{'); start >= 0; start = text.indexOf('{', start + 1)) {
            try (JsonParser parser = JSON.createParser(text.substring(start))) {
                JsonNode node = parser.readValueAsTree();
                if (node != null && node.isObject()) {
                    return Optional.of(node);
                }
            } catch (IOException notJsonHere) {
                // try the next brace
            }
        }
        return Optional.empty();
    }
}
