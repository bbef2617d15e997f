package dev.aura.plugins.prompts.eval;

import java.util.Map;
import java.util.Set;

/** Renders prompt templates in promptfoo's Nunjucks syntax ({{ var }}, filters, {% if %}, {% for %}). */
public interface PromptTemplates {
    /** @throws TemplateException with the line and column of the problem */
    String render(String template, Map<String, Object> vars);

    /** The top-level variable names a template reads, for the editor's highlighting and the variables form. */
    Set<String> variables(String template);
}
