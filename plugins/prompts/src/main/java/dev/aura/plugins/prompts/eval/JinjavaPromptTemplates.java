package dev.aura.plugins.prompts.eval;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.aura.plugins.prompts.eval.template.JsonFilter;
import dev.aura.plugins.prompts.eval.template.JsonValues;
import dev.aura.plugins.prompts.eval.template.PromptInterpreter;
import dev.aura.plugins.prompts.eval.template.SandboxedBeanResolver;
import dev.aura.plugins.prompts.eval.template.TemplateErrors;
import dev.aura.plugins.prompts.eval.template.TemplateLimits;
import dev.aura.plugins.prompts.eval.template.TemplateVariableScanner;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Prompt templates in promptfoo's Nunjucks syntax, rendered by HubSpot Jinjava. One engine is built per instance and
 * shared by all threads: undefined variables print as nothing, maps and lists print as JSON, templates reach no Java
 * methods, files or classpath, and every render is bounded by {@link TemplateLimits}.
 */
public final class JinjavaPromptTemplates implements PromptTemplates {
    private static final Set<String> FILE_TAGS = Set.of("include", "import", "from", "extends");

    private final Jinjava jinjava;
    private final TemplateErrors errors;
    private final TemplateVariableScanner scanner = new TemplateVariableScanner();

    public JinjavaPromptTemplates() {
        this(TemplateLimits.DEFAULT);
    }

    public JinjavaPromptTemplates(TemplateLimits limits) {
        Objects.requireNonNull(limits, "limits");
        this.errors = new TemplateErrors(limits);
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(false)
                .withNestedInterpretationEnabled(false)
                .withKeepTrailingNewline(true)
                .withMaxOutputSize(limits.maxOutputChars())
                .withMaxStringLength(limits.maxOutputChars())
                .withMaxListSize(limits.maxLoopItems() * 10)
                .withMaxMapSize(limits.maxLoopItems() * 10)
                .withRangeLimit(limits.maxLoopItems())
                .withMaxRenderDepth(3)
                .withMaxMacroRecursionDepth(20)
                .withElResolver(SandboxedBeanResolver.chain())
                .withInterperterFactory(PromptInterpreter.factory(limits.timeout()))
                .withNodePreProcessor((node, interpreter) -> {
                    if (interpreter instanceof PromptInterpreter prompt) {
                        prompt.checkDeadline();
                    }
                })
                .withDisabled(Map.of(Context.Library.TAG, FILE_TAGS))
                .build();
        this.jinjava = new Jinjava(config);
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("Prompt templates cannot read other files: " + name);
        });
        jinjava.getGlobalContext().registerFilter(new JsonFilter("dump"));
        jinjava.getGlobalContext().registerFilter(new JsonFilter("tojson"));
    }

    @Override
    public String render(String template, Map<String, Object> vars) {
        Objects.requireNonNull(template, "template");
        Map<String, Object> bindings = new HashMap<>();
        if (vars != null) {
            vars.forEach((name, value) -> bindings.put(name, JsonValues.plain(value)));
        }
        RenderResult result;
        try {
            result = jinjava.renderForResult(template, bindings);
        } catch (RuntimeException e) {
            throw errors.from(e);
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw errors.from(error);
            }
        }
        return result.getOutput();
    }

    @Override
    public Set<String> variables(String template) {
        return scanner.variables(Objects.requireNonNull(template, "template"));
    }
}
