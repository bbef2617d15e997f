package dev.aura.plugins.automation.steps;

import dev.aura.core.llm.ModelParameters;
import java.util.Map;
import java.util.Set;

/** A prompt step's parameters (Ollama's option names) as core's {@link ModelParameters}. */
final class PromptParameters {
    private static final Set<String> KNOWN = Set.of("temperature", "top_p", "num_ctx", "seed", "keep_alive",
            "num_predict");

    private PromptParameters() {}

    static ModelParameters of(Map<String, Object> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new StepFailure("The prompt parameter '" + name + "' is not supported. Use "
                        + KNOWN.stream().sorted().toList() + ".");
            }
        }
        return new ModelParameters(decimal(parameters, "temperature"), decimal(parameters, "top_p"),
                whole(parameters, "num_ctx"), whole(parameters, "seed"),
                parameters.get("keep_alive") == null ? null : parameters.get("keep_alive").toString(),
                whole(parameters, "num_predict"));
    }

    private static Double decimal(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        return value == null ? null : number(name, value).doubleValue();
    }

    private static Integer whole(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        return value == null ? null : number(name, value).intValue();
    }

    private static Number number(String name, Object value) {
        if (value instanceof Number n) {
            return n;
        }
        try {
            return Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            throw new StepFailure("The prompt parameter '" + name + "' must be a number, not '" + value + "'.");
        }
    }
}
