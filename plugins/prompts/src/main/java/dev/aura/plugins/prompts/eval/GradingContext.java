package dev.aura.plugins.prompts.eval;

import java.util.Map;

/**
 * What an assertion grades: the model's output and what produced it.
 *
 * @param vars      the test case's variables after rendering
 * @param prompt    the rendered prompt that was sent
 * @param latencyMs the call's latency, null when not measured
 * @param cost      the call's estimated cost, null when no price is known
 */
public record GradingContext(String output, Map<String, Object> vars, String prompt, String model, Long latencyMs,
        Double cost) {
    public GradingContext {
        output = output == null ? "" : output;
        vars = vars == null ? Map.of() : Map.copyOf(vars);
    }
}
