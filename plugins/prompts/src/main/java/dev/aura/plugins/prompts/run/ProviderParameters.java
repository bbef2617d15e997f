package dev.aura.plugins.prompts.run;

import dev.aura.core.llm.ModelParameters;
import java.util.Map;

/** A provider's promptfoo {@code config} (Ollama option names) as model parameters; unknown keys are ignored. */
final class ProviderParameters {
    private ProviderParameters() {}

    static ModelParameters of(Map<String, Object> config) {
        if (config.isEmpty()) {
            return ModelParameters.DEFAULTS;
        }
        return new ModelParameters(decimal(config, "temperature"), decimal(config, "top_p"),
                integer(config, "num_ctx"), integer(config, "seed"), null, integer(config, "num_predict"));
    }

    private static Double decimal(Map<String, Object> config, String key) {
        Object value = config.get(key);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Provider option '" + key + "' is '" + s + "', not a number;"
                        + " write a number such as 0.7.");
            }
        }
        return null;
    }

    private static Integer integer(Map<String, Object> config, String key) {
        Double value = decimal(config, key);
        return value == null ? null : (int) Math.round(value);
    }
}
