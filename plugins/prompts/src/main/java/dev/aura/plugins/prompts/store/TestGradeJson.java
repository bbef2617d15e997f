package dev.aura.plugins.prompts.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.prompts.eval.GradingResult;
import dev.aura.plugins.prompts.eval.TestGrade;
import java.util.ArrayList;
import java.util.List;

/** A cell's grade (the test's verdict and each assertion's) as stored JSON, and back; null stays null. */
public final class TestGradeJson {
    private TestGradeJson() {}

    public static String write(TestGrade grade) {
        return write(grade, Integer.MAX_VALUE, true);
    }

    /**
     * The JSON in at most {@code maxChars} characters: when the full grade is longer (reasons quoting a huge answer),
     * reasons are cut to a few thousand characters each, and as a last resort the assertions are left out.
     */
    static String fitted(TestGrade grade, int maxChars) {
        String full = write(grade);
        if (full == null || full.length() <= maxChars) {
            return full;
        }
        String cut = write(grade, 4_000, true);
        return cut.length() <= maxChars ? cut : write(grade, 4_000, false);
    }

    private static String write(TestGrade grade, int maxReason, boolean withComponents) {
        if (grade == null) {
            return null;
        }
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("pass", grade.pass());
        node.put("score", grade.score());
        node.put("reason", StoredText.fit(grade.reason(), maxReason));
        ArrayNode components = node.putArray("components");
        for (GradingResult result : withComponents ? grade.components() : List.<GradingResult>of()) {
            ObjectNode component = components.addObject();
            component.set("assertion", JsonTrees.assertion(result.assertion()));
            component.put("pass", result.pass());
            component.put("score", result.score());
            component.put("reason", StoredText.fit(result.reason(), maxReason));
        }
        return JsonTrees.write(node);
    }

    public static TestGrade read(String json) {
        if (json == null) {
            return null;
        }
        JsonNode node = JsonTrees.read(json, "grade of a run cell");
        List<GradingResult> components = new ArrayList<>();
        for (JsonNode component : node.path("components")) {
            components.add(new GradingResult(JsonTrees.assertion(component.path("assertion")),
                    component.path("pass").asBoolean(), component.path("score").asDouble(),
                    JsonTrees.text(component, "reason")));
        }
        return new TestGrade(node.path("pass").asBoolean(), node.path("score").asDouble(),
                JsonTrees.text(node, "reason"), components);
    }
}
