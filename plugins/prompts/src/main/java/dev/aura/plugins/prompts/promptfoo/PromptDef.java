package dev.aura.plugins.prompts.promptfoo;

import java.util.Objects;

/** One prompt of a promptfoo config: its display label and its template (plain text, or a chat message array as JSON). */
public record PromptDef(String label, String template) {
    public PromptDef {
        Objects.requireNonNull(template, "template");
        label = label == null ? template : label;
    }
}
