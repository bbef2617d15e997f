package dev.aura.plugins.prompts.cards;

import java.util.Objects;

/** One prompt of a card: a label users tell variants apart by ("A", "concise") and its Nunjucks template. */
public record PromptVariant(String label, String template) {
    public PromptVariant {
        Objects.requireNonNull(template, "template");
        label = label == null || label.isBlank() ? "prompt" : label.strip();
    }
}
