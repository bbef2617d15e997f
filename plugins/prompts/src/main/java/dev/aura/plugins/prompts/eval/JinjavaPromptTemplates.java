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
    private final TemplateLimits limits;
    private final TemplateVariableScanner scanner = new TemplateVariableScanner();

    public JinjavaPromptTemplates() {
        this(TemplateLimits.DEFAULT);
    }

    public JinjavaPromptTemplates(TemplateLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
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
            throw failure(e, 0, 0);
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw failure(error);
            }
        }
        return result.getOutput();
    }

    @Override
    public Set<String> variables(String template) {
        return scanner.variables(Objects.requireNonNull(template, "template"));
    }

    private TemplateException failure(TemplateError error) {
        int line = Math.max(0, error.getLineno());
        int column = Math.max(0, error.getStartPosition());
        Exception cause = error.getException();
        if (isTimeout(cause) || error.getReason() == TemplateError.ErrorReason.OUTPUT_TOO_BIG) {
            return failure(cause == null ? new IllegalStateException(error.getMessage()) : cause, line, column);
        }
        return new TemplateException(where(line, column) + firstLine(error.getMessage())
                + ". Fix the template and render it again.", line, column, cause);
    }

    private TemplateException failure(Exception cause, int line, int column) {
        if (isTimeout(cause)) {
            return new TemplateException("The template took longer than " + limits.timeout().toMillis()
                    + " ms to render; make its loops smaller.", line, column, cause);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.toLowerCase(java.util.Locale.ROOT).contains("output too big")
                || message.contains("exceeded") && message.toLowerCase(java.util.Locale.ROOT).contains("output")) {
            return new TemplateException("The rendered prompt is longer than " + limits.maxOutputChars()
                    + " characters; make its loops smaller.", line, column, cause);
        }
        return new TemplateException(where(line, column) + firstLine(message)
                + ". Fix the template and render it again.", line, column, cause);
    }

    private static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof PromptInterpreter.RenderTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String where(int line, int column) {
        if (line <= 0) {
            return "Template error: ";
        }
        return column > 0
                ? "Template error at line " + line + ", column " + column + ": "
                : "Template error at line " + line + ": ";
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown problem" : message.strip();
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline).strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
