package dev.aura.plugins.prompts.ui;

import dev.aura.plugins.prompts.eval.PromptTemplates;
import dev.aura.plugins.prompts.eval.TemplateException;
import dev.aura.plugins.prompts.promptfoo.TestDef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template rendered with a test case's variables (merged over the default test's), or the template's error with
 * its line and column; plus the variables the template reads that the test does not set.
 */
public record TemplatePreview(String text, String error, int line, int column, List<String> missing) {
    public TemplatePreview {
        missing = List.copyOf(missing);
    }

    public boolean failed() {
        return error != null;
    }

    /** Cheap enough for the FX thread: templates are sandboxed with output and loop limits. */
    public static TemplatePreview of(PromptTemplates templates, String template, TestDef test, TestDef defaults) {
        Map<String, Object> vars = new LinkedHashMap<>(defaults.vars());
        if (test != null) {
            vars.putAll(test.vars());
        }
        List<String> missing;
        try {
            missing = templates.variables(template).stream().filter(v -> !vars.containsKey(v)).sorted().toList();
        } catch (TemplateException e) {
            return new TemplatePreview(null, e.getMessage(), e.line(), e.column(), List.of());
        }
        try {
            return new TemplatePreview(templates.render(template, vars), null, 0, 0, missing);
        } catch (TemplateException e) {
            return new TemplatePreview(null, e.getMessage(), e.line(), e.column(), missing);
        }
    }
}
