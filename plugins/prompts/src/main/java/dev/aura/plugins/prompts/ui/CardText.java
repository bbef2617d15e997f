package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.Messages;
import dev.aura.plugins.prompts.cards.CardContent;
import dev.aura.plugins.prompts.cards.PromptVariant;
import dev.aura.plugins.prompts.eval.AssertionSpec;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.Map;

/** A card version as readable lines, for the diff between two versions: one section per part, templates verbatim. */
final class CardText {
    private final Messages messages;

    CardText(Messages messages) {
        this.messages = messages;
    }

    String render(CardContent c) {
        StringBuilder out = new StringBuilder();
        line(out, "cards.text.title", c.title());
        if (!c.description().isBlank()) {
            line(out, "cards.text.description", c.description());
        }
        if (!c.tags().isEmpty()) {
            line(out, "cards.text.tags", String.join(", ", c.tags()));
        }
        if (!c.models().isEmpty()) {
            line(out, "cards.text.models", String.join(", ", c.models()));
        }
        for (Map.Entry<String, Object> p : c.parameters().entrySet()) {
            line(out, "cards.text.parameter", p.getKey() + " = " + AssertionTypes.toText(p.getValue()));
        }
        if (c.systemPrompt() != null) {
            out.append(messages.text("cards.text.system")).append('\n');
            block(out, c.systemPrompt());
        }
        for (PromptVariant v : c.variants()) {
            out.append(messages.text("cards.text.variant", v.label())).append('\n');
            block(out, v.template());
        }
        if (!c.defaultTest().vars().isEmpty() || !c.defaultTest().asserts().isEmpty()) {
            out.append(messages.text("cards.text.defaultTest")).append('\n');
            test(out, c.defaultTest());
        }
        for (int i = 0; i < c.tests().size(); i++) {
            TestDef t = c.tests().get(i);
            out.append(messages.text("cards.text.test", i + 1, t.description() == null ? "" : t.description()))
                    .append('\n');
            test(out, t);
        }
        return out.toString();
    }

    private void test(StringBuilder out, TestDef t) {
        for (Map.Entry<String, Object> v : t.vars().entrySet()) {
            String value = AssertionTypes.toText(v.getValue());
            out.append("  ").append(v.getKey()).append(" = ");
            out.append(value.replace("\n", "\n    ")).append('\n');
        }
        for (AssertionSpec a : t.asserts()) {
            out.append("  ✓ ").append(a.displayType()).append(' ')
                    .append(AssertionTypes.toText(a.value()).replace("\n", "\n    "));
            if (a.threshold() != null) {
                out.append("  ").append(messages.text("cards.text.threshold", AssertionTypes.toText(a.threshold())));
            }
            if (a.weight() != 1) {
                out.append("  ").append(messages.text("cards.text.weight", AssertionTypes.toText(a.weight())));
            }
            out.append('\n');
        }
        if (t.threshold() != null) {
            out.append("  ").append(messages.text("cards.text.testThreshold", AssertionTypes.toText(t.threshold())))
                    .append('\n');
        }
    }

    private void line(StringBuilder out, String key, String value) {
        out.append(messages.text(key, value)).append('\n');
    }

    private static void block(StringBuilder out, String text) {
        for (String l : text.split("\r?\n", -1)) {
            out.append("    ").append(l).append('\n');
        }
    }
}
