package dev.aura.plugins.automation.steps;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.util.Map;
import java.util.Set;

/**
 * Renders step inputs with Jinjava. Sandboxed: templates read maps, lists and Jinjava's own objects only (no
 * {@code getClass()}), cannot include files, and output is bounded.
 */
public final class StepTemplates {
    private static final int MAX_OUTPUT = 5_000_000;

    private final Jinjava jinjava;

    public StepTemplates() {
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(false)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(MAX_OUTPUT)
                .withMaxStringLength(MAX_OUTPUT)
                .withRangeLimit(10_000)
                .withMaxRenderDepth(3)
                .withElResolver(TemplateObjectsResolver.chain())
                .withDisabled(Map.of(Context.Library.TAG, Set.of("include", "import", "from", "extends")))
                .build();
        jinjava = new Jinjava(config);
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("Workflow templates cannot read files: " + name);
        });
    }

    /** Renders {@code template} with {@code scope} ({@code vars}, {@code steps}, {@code item}). Null stays null. */
    public String render(String template, Map<String, Object> scope) {
        if (template == null || !template.contains("{")) {
            return template;
        }
        RenderResult result = jinjava.renderForResult(template, scope);
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new StepFailure("The template \"" + template + "\" could not be rendered: " + error.getMessage()
                        + ". Fix the template in the step.");
            }
        }
        return result.getOutput();
    }

    /** Evaluates an expression ({@code steps.list.json.items}, {@code vars.n > 3}) to a value, not to text. */
    public Object evaluate(String expression, Map<String, Object> scope) {
        String expr = expression.strip();
        if (expr.startsWith("{{") && expr.endsWith("}}")) {
            expr = expr.substring(2, expr.length() - 2).strip();
        }
        JinjavaInterpreter interpreter = jinjava.newInterpreter();
        scope.forEach(interpreter.getContext()::put);
        try (var current = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            Object value = interpreter.resolveELExpression(expr, 1);
            for (TemplateError error : interpreter.getErrors()) {
                if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                    throw new StepFailure("The expression \"" + expression + "\" could not be evaluated: "
                            + error.getMessage() + ". Fix the expression in the step.");
                }
            }
            return value;
        }
    }

    /** Jinja truthiness: null, false, 0, "" and empty collections are false. */
    public boolean test(String expression, Map<String, Object> scope) {
        Object value = evaluate(expression, scope);
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case String s -> !s.isEmpty() && !s.equalsIgnoreCase("false");
            case java.util.Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            default -> true;
        };
    }
}
