package dev.aura.plugins.prompts.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.ArrayList;
import java.util.List;

/**
 * A card version's content as stored JSON, and back. Reading what was written gives an equal {@link CardContent}
 * whenever its free values (vars, parameters, assertion values) are of the kinds YAML gives: strings, booleans,
 * Integer/Long/BigInteger, Double, lists, maps and nulls. Equal contents always write the same text.
 */
public final class CardContentJson {
    /** Bumped when the shape changes, so a reader can tell old rows from new ones. */
    static final int FORMAT = 1;

    private CardContentJson() {}

    public static String write(CardContent content) {
        ObjectNode node = JsonTrees.NODES.objectNode();
        node.put("format", FORMAT);
        node.put("title", content.title());
        node.put("description", content.description());
        node.set("tags", JsonTrees.strings(content.tags()));
        ArrayNode variants = node.putArray("variants");
        for (PromptVariant variant : content.variants()) {
            variants.addObject().put("label", variant.label()).put("template", variant.template());
        }
        node.put("systemPrompt", content.systemPrompt());
        node.set("models", JsonTrees.strings(content.models()));
        node.set("parameters", JsonTrees.value(content.parameters()));
        ArrayNode tests = node.putArray("tests");
        content.tests().forEach(t -> tests.add(JsonTrees.test(t)));
        node.set("defaultTest", JsonTrees.test(content.defaultTest()));
        return JsonTrees.write(node);
    }

    /** @throws IllegalStateException when the text is not a stored card content (a damaged database) */
    public static CardContent read(String json) {
        JsonNode node = JsonTrees.read(json, "card version");
        if (!node.isObject() || !node.has("title")) {
            throw new IllegalStateException("A stored card version has no title: the database may be damaged. "
                    + "Restore a backup with 'aura db restore'.");
        }
        List<PromptVariant> variants = new ArrayList<>();
        node.path("variants").forEach(v -> variants.add(
                new PromptVariant(JsonTrees.text(v, "label"), v.path("template").asText())));
        List<TestDef> tests = new ArrayList<>();
        node.path("tests").forEach(t -> tests.add(JsonTrees.test(t)));
        return new CardContent(node.get("title").asText(), JsonTrees.text(node, "description"),
                JsonTrees.strings(node.get("tags")), variants, JsonTrees.text(node, "systemPrompt"),
                JsonTrees.strings(node.get("models")), JsonTrees.map(node.get("parameters")), tests,
                JsonTrees.test(node.get("defaultTest")));
    }
}
