package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The edits the card editor makes on a draft that {@link CardContent} has no wither for. */
final class Drafts {
    private Drafts() {}

    static CardContent description(CardContent c, String value) {
        return new CardContent(c.title(), value, c.tags(), c.variants(), c.systemPrompt(), c.models(), c.parameters(),
                c.tests(), c.defaultTest());
    }

    static CardContent tags(CardContent c, List<String> value) {
        return new CardContent(c.title(), c.description(), value, c.variants(), c.systemPrompt(), c.models(),
                c.parameters(), c.tests(), c.defaultTest());
    }

    static CardContent systemPrompt(CardContent c, String value) {
        return new CardContent(c.title(), c.description(), c.tags(), c.variants(), value, c.models(), c.parameters(),
                c.tests(), c.defaultTest());
    }

    /** Sets one Ollama option; null removes it. */
    static CardContent parameter(CardContent c, String name, Object value) {
        Map<String, Object> parameters = new LinkedHashMap<>(c.parameters());
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
        return new CardContent(c.title(), c.description(), c.tags(), c.variants(), c.systemPrompt(), c.models(),
                parameters, c.tests(), c.defaultTest());
    }

    static CardContent defaultTest(CardContent c, TestDef value) {
        return new CardContent(c.title(), c.description(), c.tags(), c.variants(), c.systemPrompt(), c.models(),
                c.parameters(), c.tests(), value);
    }

    /** The default model first, the card's other models after it. */
    static CardContent defaultModel(CardContent c, String model) {
        List<String> models = new java.util.ArrayList<>(c.models());
        models.remove(model);
        if (model != null && !model.isBlank()) {
            models.addFirst(model);
        }
        return c.withModels(models);
    }

    static TestDef description(TestDef t, String value) {
        return new TestDef(value == null || value.isBlank() ? null : value, t.vars(), t.asserts(), t.threshold());
    }

    static TestDef vars(TestDef t, Map<String, Object> value) {
        return new TestDef(t.description(), value, t.asserts(), t.threshold());
    }

    static TestDef asserts(TestDef t, List<AssertionSpec> value) {
        return new TestDef(t.description(), t.vars(), value, t.threshold());
    }

    static TestDef threshold(TestDef t, Double value) {
        return new TestDef(t.description(), t.vars(), t.asserts(), value);
    }
}
