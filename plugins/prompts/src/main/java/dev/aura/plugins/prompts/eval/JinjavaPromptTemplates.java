package dev.aura.plugins.prompts.eval;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import com.hubspot.jinjava.tree.Node;
import dev.aura.plugins.prompts.eval.template.BoundedFilter;
import dev.aura.plugins.prompts.eval.template.JsonFilter;
import dev.aura.plugins.prompts.eval.template.JsonValues;
import dev.aura.plugins.prompts.eval.template.NunjucksSyntax;
import dev.aura.plugins.prompts.eval.template.PairsFilter;
import dev.aura.plugins.prompts.eval.template.ParsedTemplates;
import dev.aura.plugins.prompts.eval.template.PromptInterpreter;
import dev.aura.plugins.prompts.eval.template.RenderScope;
import dev.aura.plugins.prompts.eval.template.SandboxedBeanResolver;
import dev.aura.plugins.prompts.eval.template.TemplateErrors;
import dev.aura.plugins.prompts.eval.template.TemplateLimits;
import dev.aura.plugins.prompts.eval.template.TemplateVariableScanner;
import java.util.HashMap;
import java.util.List;
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
    private final ParsedTemplates parsed = new ParsedTemplates(1_000);
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
        jinjava.getGlobalContext().registerFilter(new PairsFilter());
        long maxFilterNumber = limits.maxLoopItems() * 10L;
        for (Filter filter : List.copyOf(jinjava.getGlobalContext().getAllFilters())) {
            jinjava.getGlobalContext().registerFilter(new BoundedFilter(filter, maxFilterNumber));
        }
    }

    @Override
    public String render(String template, Map<String, Object> vars) {
        Objects.requireNonNull(template, "template");
        Node tree = parsed.get(template, this::parse);
        Map<String, Object> bindings = new HashMap<>();
        if (vars != null) {
            vars.forEach((name, value) -> bindings.put(name, JsonValues.plain(value)));
        }
        JinjavaInterpreter interpreter = newInterpreter(bindings);
        String output;
        try (var current = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            output = interpreter.render(tree, true);
        } catch (TemplateSyntaxException e) {
            throw errors.from(TemplateError.fromException(e));
        } catch (InterpretException e) {
            throw errors.from(TemplateError.fromSyntaxError(e));
        } catch (RuntimeException e) {
            throw errors.from(e);
        }
        throwFirstFatal(interpreter);
        return output;
    }

    @Override
    public Set<String> variables(String template) {
        return scanner.variables(Objects.requireNonNull(template, "template"));
    }

    private Node parse(String template) {
        JinjavaInterpreter interpreter = newInterpreter(Map.of());
        Node tree;
        try (var current = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            NunjucksSyntax.checkFilters(template, name -> jinjava.getGlobalContext().getFilter(name) != null);
            tree = interpreter.parse(NunjucksSyntax.toJinjava(template));
        } catch (TemplateException e) {
            throw e;
        } catch (TemplateSyntaxException e) {
            throw errors.from(TemplateError.fromException(e));
        } catch (RuntimeException e) {
            throw errors.from(e);
        }
        throwFirstFatal(interpreter);
        return tree;
    }

    private JinjavaInterpreter newInterpreter(Map<String, Object> bindings) {
        JinjavaConfig config = jinjava.getGlobalConfig();
        Context scope = new RenderScope(jinjava.getGlobalContext(), bindings, config.getDisabled());
        return config.getInterpreterFactory().newInstance(jinjava, scope, config);
    }

    private void throwFirstFatal(JinjavaInterpreter interpreter) {
        for (TemplateError error : interpreter.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw errors.from(error);
            }
        }
    }
}
